package org.xinyidai.demo.seed;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * The demo enterprise accounts' companies: 13900000001 and 13900000002 each with an authenticated 佛山
 * enterprise, 13900000003 with one still to authenticate. Codes carry correct check characters.
 */
@Component
class DemoEnterprises {

    private final AccountAdministration accounts;
    private final EnterpriseApi registry;

    DemoEnterprises(AccountAdministration accounts, EnterpriseApi registry) {
        this.accounts = accounts;
        this.registry = registry;
    }

    void load() {
        accounts.findIdByPhone(new PhoneNumber("13900000001")).ifPresent(id -> registry.ensureAuthenticated(id,
                DemoData.FOSHAN, new NewEnterprise("佛山市禅城区示范制造有限公司", uscc("91440604MA4W7DEM1"), "李明",
                        new ResidentIdNumber("11010519491231002X"), wan("1000"), LocalDate.of(2015, 6, 18),
                        IndustrySection.C, SizingCategory.INDUSTRY, "440604", "佛山市禅城区季华五路10号", 80,
                        wan("3500"), wan("2000"))));
        accounts.findIdByPhone(new PhoneNumber("13900000002")).ifPresent(id -> registry.ensureAuthenticated(id,
                DemoData.FOSHAN, new NewEnterprise("佛山市顺德区示范科技有限公司", uscc("91440606MA52KRT3X"), "王芳",
                        new ResidentIdNumber("360426199101010071"), wan("200"), LocalDate.of(2019, 3, 1),
                        IndustrySection.I, SizingCategory.SOFTWARE_IT, "440606", "佛山市顺德区大良街道新城区1号", 8,
                        wan("120"), wan("200"))));
        accounts.findIdByPhone(new PhoneNumber("13900000003")).ifPresent(id -> registry.ensureAdded(id,
                DemoData.FOSHAN, new NewEnterprise("佛山市南海区示范商贸有限公司", uscc("91440605MA53HJ8N2"), "陈刚",
                        new ResidentIdNumber("11010519491231002X"), wan("500"), LocalDate.of(2020, 9, 9),
                        IndustrySection.F, SizingCategory.WHOLESALE, "440605", "佛山市南海区桂城街道南海大道1号", 12,
                        wan("1500"), wan("600"))));
    }

    /** The demo enterprises' codes, in the order of their accounts (13900000001…3). */
    static List<String> usccs() {
        return java.util.stream.Stream.of("91440604MA4W7DEM1", "91440606MA52KRT3X", "91440605MA53HJ8N2")
                .map(first17 -> uscc(first17).value()).toList();
    }

    /** The first 17 characters with the check character GB 32100 calls for. */
    private static Uscc uscc(String first17) {
        return new Uscc(first17 + new Uscc(first17 + "0").expectedCheckCharacter());
    }

    private static Money wan(String value) {
        return Money.ofWan(value);
    }
}
