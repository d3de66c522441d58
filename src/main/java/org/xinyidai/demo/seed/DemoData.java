package org.xinyidai.demo.seed;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.NewStaff;
import org.xinyidai.institution.InstitutionType;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.institution.NodeSummary;
import org.xinyidai.institution.NodeType;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.site.Site;
import org.xinyidai.site.Site.District;
import org.xinyidai.site.SiteApi;

/** Loads the demo data listed in the README; running it again adds nothing twice. */
@Component
@ConditionalOnProperty(name = "xyd.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** Every demo account signs in with this password (staff also enter the SMS code from /dev/sms). */
    static final String PASSWORD = "Xyd@2026";
    static final String FOSHAN = "foshan";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SiteApi sites;
    private final InstitutionApi institutions;
    private final AccountAdministration accounts;
    private final InstitutionApi staff;
    private final DemoProducts products;
    private final DemoEnterprises enterprises;
    private final DemoAgencies agencies;

    DemoData(SiteApi sites, InstitutionApi institutions, AccountAdministration accounts, InstitutionApi staff,
             DemoProducts products, DemoEnterprises enterprises, DemoAgencies agencies) {
        this.agencies = agencies;
        this.products = products;
        this.enterprises = enterprises;
        this.sites = sites;
        this.institutions = institutions;
        this.accounts = accounts;
        this.staff = staff;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        sites.createIfAbsent(new Site(FOSHAN, "佛山", "Foshan", "440600", "400-1016-871", "fsxyd@example.org.cn",
                "佛山市禅城区岭南大道北2号", List.of(
                new District("440604", "禅城区", "Chancheng"),
                new District("440605", "南海区", "Nanhai"),
                new District("440606", "顺德区", "Shunde"),
                new District("440607", "三水区", "Sanshui"),
                new District("440608", "高明区", "Gaoming"))));

        bank("国信示范银行股份有限公司", "国信银行", InstitutionType.LARGE_STATE_BANK, "国信银行总行", "138100000",
                "国信银行佛山分行", NodeType.BRANCH, "440600",
                new String[] {"国信银行禅城支行", "440604"}, new String[] {"国信银行顺德支行", "440606"});
        bank("佛山示范城市商业银行股份有限公司", "佛山城商行", InstitutionType.CITY_COMMERCIAL_BANK, "佛山城商行总行",
                "138200000", "佛山城商行南海分行", NodeType.BRANCH, "440605",
                new String[] {"佛山城商行桂城支行", "440605"}, null);
        bank("佛山示范融资担保有限公司", "佛山示范担保", InstitutionType.GUARANTEE_COMPANY, "佛山示范担保总部",
                "138300000", "佛山示范担保顺德业务部", NodeType.BRANCH, "440606", null, null);
        describe("国信示范银行股份有限公司", "国信银行面向小微企业提供信用贷、税易贷、科创贷等普惠金融产品，线上申请，专人对接。",
                "0757-83300001", "佛山市禅城区季华五路1号");
        describe("佛山示范城市商业银行股份有限公司", "扎根佛山的城市商业银行，为本地制造业和小微企业提供首贷、抵押贷和供应链融资。",
                "0757-86200002", "佛山市南海区桂城街道南海大道北8号");
        describe("佛山示范融资担保有限公司", "政府性融资担保机构，为缺少抵押物的中小企业提供贷款担保增信，降低融资门槛。",
                "0757-22300003", "佛山市顺德区大良街道德和路3号");

        account(NewAccount.staff(phone("13800000001"), "平台管理员", Role.PLATFORM_ADMIN).withOrganisation("信易贷平台运营中心"));
        account(NewAccount.staff(phone("13800000002"), "陈顾问", Role.ADVISOR).withSite(FOSHAN)
                .withOrganisation("信易贷佛山站运营中心"));
        account(NewAccount.staff(phone("13800000003"), "市发改局李科长", Role.GOV_OFFICER).withRegion("440600")
                .withOrganisation("佛山市发展和改革局"));
        account(NewAccount.staff(phone("13800000004"), "顺德区发改局王科员", Role.GOV_OFFICER).withRegion("440606")
                .withOrganisation("佛山市顺德区发展和改革局"));
        account(NewAccount.staff(phone("13800000005"), "信用分析师赵工", Role.CREDIT_AGENCY)
                .withOrganisation("佛山示范信用评级有限公司"));
        for (int i = 1; i <= 3; i++) {
            account(new NewAccount(phone("1390000000" + i), "企业用户" + i, Role.ENTERPRISE, FOSHAN, null, null, null,
                    null, null));
        }
        products.load();
        enterprises.load();
        agencies.load();
        log.info("Demo data is in place: sign in as any README demo account with password {}", PASSWORD);
    }

    private void describe(String name, String introduction, String phone, String address) {
        institutions.findByName(name).ifPresent(i -> institutions.describeIfBlank(i.id(), introduction, phone, address));
    }

    /**
     * An institution with its head office, one branch (with up to two sub-branches) and four people:
     * HQ admin ({prefix}1), branch admin ({prefix}2) and two customer managers ({prefix}3, {prefix}4).
     */
    private void bank(String name, String shortName, InstitutionType type, String headOffice, String phonePrefix,
                      String branchName, NodeType branchType, String branchRegion, String[] subBranchA,
                      String[] subBranchB) {
        InstitutionSummary institution = institutions.findByName(name)
                .orElseGet(() -> institutions.create(name, shortName, type, headOffice));
        long branch = node(institution, institution.headOfficeNodeId(), branchName, branchType, branchRegion);
        long managerNodeA = subBranchA == null ? branch
                : node(institution, branch, subBranchA[0], NodeType.SUB_BRANCH, subBranchA[1]);
        long managerNodeB = subBranchB == null ? managerNodeA
                : node(institution, branch, subBranchB[0], NodeType.SUB_BRANCH, subBranchB[1]);
        long id = institution.id();
        staff(id, institution.headOfficeNodeId(), Role.INST_HQ_ADMIN, shortName + "总行专管员", phonePrefix + "01", "普惠金融部总经理");
        staff(id, branch, Role.INST_ADMIN, shortName + "分行专管员", phonePrefix + "02", "普惠金融部主管");
        staff(id, managerNodeA, Role.CUSTOMER_MANAGER, shortName + "客户经理甲", phonePrefix + "03", "客户经理");
        staff(id, managerNodeB, Role.CUSTOMER_MANAGER, shortName + "客户经理乙", phonePrefix + "04", "客户经理");
    }

    private long node(InstitutionSummary institution, long parent, String name, NodeType type, String region) {
        return institutions.nodes(institution.id()).stream().filter(n -> n.name().equals(name)).findFirst()
                .map(NodeSummary::id)
                .orElseGet(() -> institutions.addNode(parent, name, type, region, null));
    }

    private void staff(long institutionId, long nodeId, Role role, String name, String phone, String position) {
        if (accounts.findIdByPhone(phone(phone)).isEmpty()) {
            staff.enrol(new NewStaff(institutionId, nodeId, role, name, phone(phone), position,
                    "D" + phone.substring(phone.length() - 4), PASSWORD, true));
        }
    }

    private void account(NewAccount account) {
        if (accounts.findIdByPhone(account.phone()).isEmpty()) {
            accounts.create(account.withPassword(PASSWORD));
        }
    }

    private static PhoneNumber phone(String digits) {
        return new PhoneNumber(digits);
    }
}
