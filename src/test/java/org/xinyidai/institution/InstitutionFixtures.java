package org.xinyidai.institution;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.NewStaff;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.institution.NodeSummary;
import org.xinyidai.shared.PhoneNumber;

/** Fresh people in the demo institutions, so tests never share an account (or its SMS throttle). */
@Component
public class InstitutionFixtures {

    public static final String PASSWORD = "Xyd@2026";
    public static final String BIG_BANK = "国信示范银行股份有限公司";
    public static final String CITY_BANK = "佛山示范城市商业银行股份有限公司";

    private final InstitutionApi institutions;
    private final InstitutionApi staff;
    private final AccountAdministration accounts;

    InstitutionFixtures(InstitutionApi institutions, InstitutionApi staff, AccountAdministration accounts) {
        this.institutions = institutions;
        this.staff = staff;
        this.accounts = accounts;
    }

    public InstitutionSummary institution(String name) {
        return institutions.findByName(name).orElseThrow();
    }

    public NodeSummary node(String institutionName, String nodeName) {
        return institutions.nodes(institution(institutionName).id()).stream()
                .filter(n -> n.name().equals(nodeName)).findFirst().orElseThrow();
    }

    /** A new, approved person of that role at that node, with the standard test password. */
    public CurrentUser person(String institutionName, String nodeName, Role role) {
        InstitutionSummary institution = institution(institutionName);
        long node = nodeName == null ? institution.headOfficeNodeId() : node(institutionName, nodeName).id();
        String phone = newPhone();
        long id = staff.enrol(new NewStaff(institution.id(), node, role, "测试" + phone.substring(7), new PhoneNumber(phone),
                null, null, PASSWORD, true));
        return new CurrentUser(id, phone, "测试" + phone.substring(7), role, null, null, institution.id(), node, null,
                false);
    }

    public static String newPhone() {
        return "19" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    public AccountAdministration accounts() {
        return accounts;
    }
}
