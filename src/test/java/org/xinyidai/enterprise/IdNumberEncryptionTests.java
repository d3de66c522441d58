package org.xinyidai.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.enterprise.authentication.EnterpriseAuthentication;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.enterprise.registry.IdNumberCipher;
import org.xinyidai.identity.CurrentUser;

/** ID numbers are stored encrypted (a fresh IV each time) and read back only masked. */
@SpringBootTest
class IdNumberEncryptionTests {

    @Autowired
    IdNumberCipher cipher;
    @Autowired
    EnterpriseService service;
    @Autowired
    EnterpriseAuthentication authentication;
    @Autowired
    EnterpriseFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        String first = cipher.encrypt(EnterpriseFixtures.LEGAL_REP_ID);
        String second = cipher.encrypt(EnterpriseFixtures.LEGAL_REP_ID);
        assertThat(first).isNotEqualTo(second).doesNotContain(EnterpriseFixtures.LEGAL_REP_ID);
        assertThat(cipher.decrypt(first)).isEqualTo(EnterpriseFixtures.LEGAL_REP_ID);
        assertThat(cipher.decrypt(second)).isEqualTo(EnterpriseFixtures.LEGAL_REP_ID);
    }

    @Test
    void theDatabaseRowHoldsCiphertextAndPagesGetTheMaskedNumber() {
        CurrentUser user = fixtures.enterpriseUser();
        long id = service.add(user.account(), "foshan",
                EnterpriseFixtures.enterprise("佛山市加密测试有限公司", EnterpriseFixtures.validUscc())).enterpriseId();
        String stored = jdbc.sql("select legal_rep_id_cipher from enterprise_enterprise where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).isNotEqualTo(EnterpriseFixtures.LEGAL_REP_ID).doesNotContain("19491231");
        assertThat(cipher.decrypt(stored)).isEqualTo(EnterpriseFixtures.LEGAL_REP_ID);
        assertThat(service.mine(user.account(), EnterpriseId.of(id)).legalRepIdMasked()).isEqualTo("110***********002X");
    }
}
