package org.xinyidai.enterprise;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.IndustrySection;

/** Fresh enterprise accounts and advisors, and enterprises with codes no other test uses. */
@Component
public class EnterpriseFixtures {

    public static final String PASSWORD = "Xyd@2026";
    public static final String LEGAL_REP_ID = "11010519491231002X";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final AccountAdministration accounts;

    EnterpriseFixtures(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    public CurrentUser enterpriseUser() {
        return account(Role.ENTERPRISE, "foshan");
    }

    public CurrentUser advisor(String siteCode) {
        return account(Role.ADVISOR, siteCode);
    }

    private CurrentUser account(Role role, String site) {
        String phone = newPhone();
        String name = "测试" + phone.substring(7);
        NewAccount account = role == Role.ENTERPRISE
                ? new NewAccount(new PhoneNumber(phone), name, role, site, null, null, null, null, PASSWORD)
                : NewAccount.staff(new PhoneNumber(phone), name, role).withSite(site).withPassword(PASSWORD);
        long id = accounts.create(account);
        return new CurrentUser(id, phone, name, role, site, null, null, null, null, false);
    }

    public static String newPhone() {
        return "16" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /** A fresh code of a 禅城 enterprise with a correct check character. */
    public static String validUscc() {
        StringBuilder code = new StringBuilder("91440604");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code + String.valueOf(new Uscc(code + "0").expectedCheckCharacter());
    }

    /** The same code with a wrong check character. */
    public static String wrongCheck(String valid) {
        char good = valid.charAt(17);
        char bad = good == '0' ? '1' : '0';
        return valid.substring(0, 17) + bad;
    }

    public static NewEnterprise enterprise(String name, String uscc) {
        return new NewEnterprise(name, new Uscc(uscc), "张三", new ResidentIdNumber(LEGAL_REP_ID),
                Money.ofWan("500"), LocalDate.of(2018, 5, 20), IndustrySection.C, SizingCategory.INDUSTRY, "440604",
                "佛山市禅城区测试路1号", 80, Money.ofWan("3500"), Money.ofWan("2000"));
    }
}
