package org.xinyidai.portal;

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

/** Signed-in requests as real, active accounts (the session filter checks the account exists). */
public final class PortalFixtures {

    private PortalFixtures() {
    }

    public static RequestPostProcessor as(AccountAdministration accounts, Role role) {
        String phone = "16" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "门户测试", role, "foshan", null, null, null,
                null, "Tester@2026"));
        CurrentUser user = new CurrentUser(id, phone, "门户测试", role, "foshan", null, null, null, null, false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    /** A client address of its own, so per-address limits of one test do not touch another. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }
}
