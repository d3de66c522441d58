package org.xinyidai.demo.seed;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.credit.AgencyProfile;
import org.xinyidai.credit.CreditApi;
import org.xinyidai.credit.CreditAgencies;
import org.xinyidai.shared.PhoneNumber;

/**
 * The demo credit agency (13800000005) with a published profile in the 佛山 directory of 信用机构, and the credit data
 * of a small synthetic 佛山 ({@value #CITY_SIZE} enterprises, the demo enterprises first).
 */
@Component
class DemoAgencies {

    static final int CITY_SIZE = 200;
    private static final long CITY_SEED = 2026;

    private final AccountAdministration accounts;
    private final CreditAgencies agencies;
    private final CreditApi credit;

    DemoAgencies(AccountAdministration accounts, CreditAgencies agencies, CreditApi credit) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.credit = credit;
    }

    void load() {
        credit.ensureSyntheticCity(CITY_SEED, CITY_SIZE, DemoEnterprises.usccs());
        accounts.findIdByPhone(new PhoneNumber("13800000005")).ifPresent(id -> agencies.ensureProfile(
                new AgencyProfile(id, "佛山示范信用评级有限公司",
                        "佛山示范信用评级有限公司是在人民银行分支机构备案的企业征信机构，依托公共信用信息和企业授权数据，"
                                + "为中小微企业提供信用报告与评级服务，帮助企业以良好信用获得融资。",
                        "企业信用报告\n主体信用评级\n信用修复咨询\n融资信用培训", "企业征信机构备案（示范）",
                        "0757-8333 6100", "service@fs-credit.example", "佛山市禅城区岭南大道北 88 号",
                        "https://fs-credit.example", List.of(DemoData.FOSHAN), true, -1)));
    }
}
