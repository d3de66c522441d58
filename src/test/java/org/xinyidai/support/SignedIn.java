package org.xinyidai.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;

/** MockMvc requests made as a signed-in person (a real account: the session filter reloads it). */
public final class SignedIn {

    private SignedIn() {
    }

    /** A demo account by its phone (README's table); the session filter reloads the rest of it. */
    public static CurrentUser demoAccount(JdbcClient jdbc, String phone) {
        return jdbc.sql("select id, role from identity_account where phone = :phone").param("phone", phone)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), phone, "demo", Role.valueOf(rs.getString("role")),
                        null, null, null, null, null, false))
                .single();
    }

    public static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }
}
