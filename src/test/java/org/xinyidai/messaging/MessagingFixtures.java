package org.xinyidai.messaging;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;

/** Fresh, real accounts for the messaging tests (the session filter reloads the account by id). */
final class MessagingFixtures {

    static final String PASSWORD = "Tester@2026";

    private MessagingFixtures() {
    }

    static CurrentUser newAccount(AccountAdministration accounts, Role role) {
        String phone = newPhone();
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "消息测试", role, "foshan", null, null, null,
                null, PASSWORD));
        return new CurrentUser(id, phone, "消息测试", role, "foshan", null, null, null, null, false);
    }

    static RequestPostProcessor signedIn(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }

    static String newPhone() {
        return "15" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }
}
