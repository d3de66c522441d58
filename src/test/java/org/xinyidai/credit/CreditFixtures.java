package org.xinyidai.credit;

import java.util.List;
import java.util.stream.Collectors;
import org.xinyidai.enterprise.EnterpriseFixtures;

/** Credit test data: fresh enterprises' codes and rows of the sources' files. */
public final class CreditFixtures {

    public static final String FEED_TOKEN = "xinyidai-local-development-feed-token";

    private CreditFixtures() {
    }

    public static String uscc() {
        return EnterpriseFixtures.validUscc();
    }

    public static String wrongCheck(String uscc) {
        return EnterpriseFixtures.wrongCheck(uscc);
    }

    /** A CSV file: the header, then each row's cells. */
    public static String csv(List<String> header, List<List<String>> rows) {
        return String.join(",", header) + "\n" + rows.stream().map(r -> String.join(",", r))
                .collect(Collectors.joining("\n")) + "\n";
    }

    /** A penalty's file row: id, USCC, authority, decision number, decided on, amount, severity, cause, fulfilled on. */
    public static List<String> penalty(String id, String uscc, String decidedOn, String amount, String severity) {
        return List.of(id, uscc, "佛山市禅城区生态环境局", "佛禅环罚〔2026〕" + id + "号", decidedOn, amount, severity,
                "超标排放", "");
    }

    /** A feed record of a court enforcement case. */
    public static String enforcementJson(String id, String uscc, String amount, String filedOn) {
        return """
                {"source_record_id": "%s", "uscc": "%s", "authority": "佛山市禅城区人民法院",
                 "case_number": "（2026）粤0604执%s号", "amount": %s, "filed_on": "%s"}""".formatted(id, uscc, id, amount, filedOn);
    }
}
