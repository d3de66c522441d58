package org.xinyidai.demo.seed;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.product.ProductTag;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;
import org.xinyidai.product.ProductApi;
import org.xinyidai.product.ProductDraft;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.admission.AdmissionCriteria;
import org.xinyidai.shared.admission.CreditGrade;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.TaxCreditGrade;

/** Published demo products of the three demo institutions, modelled on typical 信易贷 products. */
@Component
class DemoProducts {

    private static final Set<String> FOSHAN = Set.of("440604", "440605", "440606", "440607", "440608");
    private static final Set<EnterpriseSize> SME = EnumSet.of(EnterpriseSize.MEDIUM, EnterpriseSize.SMALL,
            EnterpriseSize.MICRO);

    private final InstitutionApi institutions;
    private final AccountAdministration accounts;
    private final ProductApi catalog;

    DemoProducts(InstitutionApi institutions, AccountAdministration accounts, ProductApi catalog) {
        this.institutions = institutions;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    void load() {
        add("国信示范银行股份有限公司", "13810000001", new ProductDraft("国信税易贷", ProductType.TAX_LOAN,
                EnumSet.of(GuaranteeMethod.CREDIT), wan("10"), wan("300"), 1, 12, rate("3.65"), rate("6.5"),
                EnumSet.of(RepaymentMethod.EQUAL_INSTALLMENT, RepaymentMethod.INTEREST_FIRST), true,
                new AdmissionCriteria(2, EnumSet.of(TaxCreditGrade.A, TaxCreditGrade.B), null, null, Set.of(), FOSHAN,
                        SME, null, true),
                "近两年纳税申报表；营业执照；法定代表人身份证", "纯信用、随借随还、最快1天放款",
                "<p>面向依法纳税的小微企业，依据纳税信用等级与纳税金额核定额度。</p><ul><li>纳税信用A级最高300万元</li><li>B级最高200万元</li></ul>",
                "国信银行佛山分行普惠金融部", "0757-8888 1001",
                EnumSet.of(ProductTag.TAX, ProductTag.CREDIT, ProductTag.INCLUSIVE)));
        add("国信示范银行股份有限公司", "13810000001", new ProductDraft("国信科创贷", ProductType.IP_PLEDGE,
                EnumSet.of(GuaranteeMethod.PLEDGE, GuaranteeMethod.CREDIT), wan("50"), wan("1000"), 6, 36, rate("3.3"),
                rate("5.2"), EnumSet.of(RepaymentMethod.INTEREST_FIRST), true,
                new AdmissionCriteria(1, Set.of(), null, null, Set.of(), FOSHAN, SME, CreditGrade.B, true),
                "知识产权证书；近一年财务报表", "以专利、商标质押，支持科技型中小企业",
                "<p>适用于高新技术企业、专精特新企业。</p>", "国信银行佛山分行科技金融部", "0757-8888 1002",
                EnumSet.of(ProductTag.TECH, ProductTag.FIRST_LOAN)));
        add("佛山示范城市商业银行股份有限公司", "13820000001", new ProductDraft("佛银首贷通", ProductType.CREDIT_LOAN,
                EnumSet.of(GuaranteeMethod.CREDIT), wan("5"), wan("100"), 3, 12, rate("3.85"), rate("7.2"),
                EnumSet.of(RepaymentMethod.EQUAL_INSTALLMENT, RepaymentMethod.EQUAL_PRINCIPAL), true,
                new AdmissionCriteria(1, Set.of(), null, new BigDecimal("5000"), Set.of(), FOSHAN,
                        EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO), null, true),
                "营业执照；近半年银行流水", "首次贷款企业专享，线上申请",
                "<p>为从未在银行获得过贷款的小微企业提供首笔信用贷款。</p>", "佛山城商行普惠部", "0757-8222 3000",
                EnumSet.of(ProductTag.FIRST_LOAN, ProductTag.INCLUSIVE, ProductTag.CREDIT)));
        add("佛山示范融资担保有限公司", "13830000001", new ProductDraft("担保增信贷", ProductType.GUARANTEE_LOAN,
                EnumSet.of(GuaranteeMethod.GUARANTEE), wan("50"), wan("500"), 6, 24, rate("4.0"), rate("6.0"),
                EnumSet.of(RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.BULLET), false,
                new AdmissionCriteria(2, Set.of(), null, null, Set.of(), FOSHAN, SME, null, true),
                "营业执照；近两年财务报表；反担保材料", "担保费率不超过1%/年，银担分险",
                "<p>由担保公司提供保证，合作银行放款，适合缺少抵押物的企业。</p>", "佛山示范担保业务部", "0757-8333 6000",
                EnumSet.of(ProductTag.INCLUSIVE)));
    }

    private void add(String institutionName, String creatorPhone, ProductDraft draft) {
        institutions.findByName(institutionName).ifPresent(institution -> accounts
                .findIdByPhone(new PhoneNumber(creatorPhone))
                .ifPresent(creator -> catalog.ensurePublished(institution.id(), creator, draft)));
    }

    private static Money wan(String value) {
        return Money.ofWan(value);
    }

    private static Rate rate(String value) {
        return Rate.ofPercent(value);
    }
}
