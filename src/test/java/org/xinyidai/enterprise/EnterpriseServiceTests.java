package org.xinyidai.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xinyidai.enterprise.authentication.AuthenticationReview;
import org.xinyidai.enterprise.authentication.CertificateImage;
import org.xinyidai.enterprise.authentication.CertificateKind;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.enterprise.authentication.EnterpriseAuthentication;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.shared.Refused;
import org.xinyidai.enterprise.registry.MemberStatus;
import org.xinyidai.enterprise.registry.Membership;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.admission.EnterpriseFacts;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/** Adding, claiming, the current enterprise, both ways to authenticate, and what other modules read. */
@SpringBootTest
@RecordApplicationEvents
class EnterpriseServiceTests {

    @Autowired
    EnterpriseService service;
    @Autowired
    EnterpriseAuthentication authentication;
    @Autowired
    AuthenticationReview review;
    @Autowired
    EnterpriseApi enterprises;
    @Autowired
    EnterpriseFixtures fixtures;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.xinyidai.identity.AccountAdministration accounts;

    @Test
    void theFirstEnterpriseAddedBecomesCurrentAndOtherModulesReadIt() {
        CurrentUser user = fixtures.enterpriseUser();
        long first = service.add(user.account(), "foshan", EnterpriseFixtures.enterprise("佛山市第一测试有限公司",
                EnterpriseFixtures.validUscc())).enterpriseId();
        long second = service.add(user.account(), "foshan", EnterpriseFixtures.enterprise("佛山市第二测试有限公司",
                EnterpriseFixtures.validUscc())).enterpriseId();

        assertThat(enterprises.current(user.accountId())).map(EnterpriseSummary::id).contains(first);
        assertThat(enterprises.ofAccount(user.accountId())).extracting(EnterpriseSummary::id).containsExactly(first, second);
        EnterpriseSummary summary = enterprises.find(first).orElseThrow();
        assertThat(summary.size()).isEqualTo(EnterpriseSize.SMALL);
        assertThat(summary.authentication()).isEqualTo(AuthenticationStatus.UNVERIFIED);
        assertThat(summary.siteCode()).isEqualTo("foshan");
        assertThat(summary.toString()).doesNotContain(EnterpriseFixtures.LEGAL_REP_ID);
        EnterpriseFacts facts = enterprises.facts(first);
        assertThat(facts.industry()).isEqualTo(IndustrySection.C);
        assertThat(facts.regionCode()).isEqualTo("440604");
        assertThat(facts.size()).isEqualTo(EnterpriseSize.SMALL);
        assertThat(facts.annualRevenueWan()).isEqualByComparingTo(new BigDecimal("3500"));
        assertThat(facts.establishedOn()).hasYear(2018);
        assertThat(facts.taxCreditGrade()).isNull();
        assertThat(enterprises.accountsOf(first)).containsExactly(user.accountId());

        service.switchCurrent(user.account(), EnterpriseId.of(second));
        assertThat(enterprises.current(user.accountId())).map(EnterpriseSummary::id).contains(second);
        assertThat(enterprises.ofAccount(user.accountId())).extracting(EnterpriseSummary::id).containsExactly(second, first);
    }

    @Test
    void theSameAccountCannotAddTheSameCodeTwice() {
        CurrentUser user = fixtures.enterpriseUser();
        String uscc = EnterpriseFixtures.validUscc();
        service.add(user.account(), "foshan", EnterpriseFixtures.enterprise("佛山市重复测试有限公司", uscc));
        assertThatThrownBy(() -> service.add(user.account(), "foshan",
                EnterpriseFixtures.enterprise("佛山市重复测试有限公司", uscc)))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("uscc");
                    assertThat(refused.messageKey()).isEqualTo("enterprise.uscc.alreadyYours");
                });
    }

    @Test
    void aWrongCheckCharacterGoesOnlyToManualReviewByCertificates() throws IOException {
        CurrentUser user = fixtures.enterpriseUser();
        String uscc = EnterpriseFixtures.wrongCheck(EnterpriseFixtures.validUscc());
        assertThat(service.usccWarnings(user.account(), new org.xinyidai.shared.Uscc(uscc), null))
                .containsExactly("enterprise.uscc.checkMismatch");
        long id = service.add(user.account(), "foshan", EnterpriseFixtures.enterprise("佛山市校验位测试有限公司", uscc))
                .enterpriseId();
        Enterprise enterprise = service.mine(user.account(), EnterpriseId.of(id));
        assertThat(enterprise.usccCheckOk()).isFalse();
        assertThat(authentication.faceAllowed(enterprise)).isFalse();
        assertThatThrownBy(() -> authentication.verifyFace(user.account(), EnterpriseId.of(id), "张三", EnterpriseFixtures.LEGAL_REP_ID))
                .isInstanceOf(Refused.class);
        assertThat(enterprises.find(id).orElseThrow().authenticated()).isFalse();

        authentication.submitCertificates(user.account(), EnterpriseId.of(id), certificates());
        assertThat(enterprises.find(id).orElseThrow().authentication()).isEqualTo(AuthenticationStatus.PENDING_REVIEW);
        CurrentUser advisor = fixtures.advisor("foshan");
        assertThat(review.queue(advisor)).anySatisfy(item -> assertThat(item.enterpriseId()).isEqualTo(id));
        review.approveCertificates(advisor, id);
        assertThat(enterprises.find(id).orElseThrow().authenticated()).isTrue();
        assertThat(events.stream(EnterpriseAuthenticationDecided.class)).anySatisfy(e -> {
            assertThat(e.enterpriseId()).isEqualTo(id);
            assertThat(e.approved()).isTrue();
        });
    }

    @Test
    void theSimulatedFaceCheckPassesOnlyForTheRegisteredLegalRepresentative() {
        CurrentUser user = fixtures.enterpriseUser();
        long id = service.add(user.account(), "foshan", EnterpriseFixtures.enterprise("佛山市人脸测试有限公司",
                EnterpriseFixtures.validUscc())).enterpriseId();
        FaceVerificationResult wrong = authentication.verifyFace(user.account(), EnterpriseId.of(id), "李四", EnterpriseFixtures.LEGAL_REP_ID);
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.reasonKey()).isEqualTo("enterprise.face.simulatedMismatch");
        assertThat(enterprises.find(id).orElseThrow().authentication()).isEqualTo(AuthenticationStatus.UNVERIFIED);

        assertThat(authentication.verifyFace(user.account(), EnterpriseId.of(id), "张三", EnterpriseFixtures.LEGAL_REP_ID).passed()).isTrue();
        assertThat(enterprises.find(id).orElseThrow().authenticated()).isTrue();
        assertThat(service.history(id)).hasSize(2);
    }

    @Test
    void aCodeAuthenticatedElsewhereIsClaimedAndTheAdvisorDecides() {
        CurrentUser owner = fixtures.enterpriseUser();
        String uscc = EnterpriseFixtures.validUscc();
        long id = service.add(owner.account(), "foshan", EnterpriseFixtures.enterprise("佛山市认领测试有限公司", uscc))
                .enterpriseId();
        authentication.verifyFace(owner.account(), EnterpriseId.of(id), "张三", EnterpriseFixtures.LEGAL_REP_ID);

        CurrentUser colleague = fixtures.enterpriseUser();
        assertThat(service.usccWarnings(colleague.account(), new org.xinyidai.shared.Uscc(uscc), null))
                .containsExactly("enterprise.uscc.claimAuthenticated");
        EnterpriseService.Added claim = service.add(colleague.account(), "foshan",
                EnterpriseFixtures.enterprise("随便写的名字", uscc));
        assertThat(claim.claim()).isTrue();
        assertThat(claim.enterpriseId()).isEqualTo(id);
        assertThat(enterprises.ofAccount(colleague.accountId())).isEmpty();
        assertThat(service.memberships(colleague.account())).extracting(Membership::status)
                .containsExactly(MemberStatus.PENDING_CLAIM);

        CurrentUser stranger = fixtures.enterpriseUser();
        service.add(stranger.account(), "foshan", EnterpriseFixtures.enterprise("认领二", uscc));

        CurrentUser advisor = fixtures.advisor("foshan");
        review.approveClaim(advisor, EnterpriseId.of(id), colleague.account());
        review.rejectClaim(advisor, EnterpriseId.of(id), stranger.account(), "非本企业员工");

        assertThat(enterprises.current(colleague.accountId())).map(EnterpriseSummary::name).contains("佛山市认领测试有限公司");
        assertThat(enterprises.accountsOf(id)).containsExactlyInAnyOrder(owner.accountId(), colleague.accountId());
        assertThat(service.memberships(stranger.account())).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MemberStatus.CLAIM_REJECTED);
            assertThat(m.rejectionReason()).isEqualTo("非本企业员工");
        });
        assertThat(enterprises.ofAccount(stranger.accountId())).isEmpty();
    }

    @Test
    void aCodeAddedButNotAuthenticatedElsewhereIsAlsoAClaim() {
        CurrentUser owner = fixtures.enterpriseUser();
        String uscc = EnterpriseFixtures.validUscc();
        service.add(owner.account(), "foshan", EnterpriseFixtures.enterprise("佛山市未认证认领有限公司", uscc));
        CurrentUser other = fixtures.enterpriseUser();
        assertThat(service.usccWarnings(other.account(), new org.xinyidai.shared.Uscc(uscc), null))
                .containsExactly("enterprise.uscc.claimExisting");
        assertThat(service.add(other.account(), "foshan", EnterpriseFixtures.enterprise("x", uscc)).claim()).isTrue();
    }

    @Test
    void theDemoAccountsHaveTheirEnterprises() {
        long first = accounts.findIdByPhone(new PhoneNumber("13900000001")).orElseThrow();
        long third = accounts.findIdByPhone(new PhoneNumber("13900000003")).orElseThrow();
        EnterpriseSummary manufacturer = enterprises.current(first).orElseThrow();
        assertThat(manufacturer.name()).isEqualTo("佛山市禅城区示范制造有限公司");
        assertThat(manufacturer.authenticated()).isTrue();
        assertThat(manufacturer.size()).isEqualTo(EnterpriseSize.SMALL);
        assertThat(new org.xinyidai.shared.Uscc(manufacturer.uscc()).checkCharacterValid()).isTrue();
        assertThat(enterprises.current(third).orElseThrow().authentication()).isEqualTo(AuthenticationStatus.UNVERIFIED);
    }

    static Map<CertificateKind, CertificateImage> certificates() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        CertificateImage png = CertificateImage.check(out.toByteArray()).image();
        return Map.of(CertificateKind.LICENCE, png, CertificateKind.ID_FRONT, png, CertificateKind.ID_BACK, png);
    }
}
