package org.xinyidai.credit.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.CreditRecords;
import org.xinyidai.credit.data.StoredRecord;
import org.xinyidai.credit.objection.ObjectionService;
import org.xinyidai.credit.score.Characteristic;
import org.xinyidai.credit.score.CreditScore;
import org.xinyidai.credit.score.ScoreService;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.identity.CurrentUser;

/**
 * 我的信用 for an enterprise: its score and grade, every characteristic's points (their sum is the score), the
 * reasons in plain words and what would raise it (PIPL Art. 24), and the records it was computed from.
 */
@Controller
class CreditScoreController {

    private static final int REASONS = 3;

    private final EnterpriseApi enterprises;
    private final ScoreService scores;
    private final CreditRecords records;
    private final ObjectionService objections;

    CreditScoreController(EnterpriseApi enterprises, ScoreService scores, CreditRecords records,
                          ObjectionService objections) {
        this.enterprises = enterprises;
        this.scores = scores;
        this.records = records;
        this.objections = objections;
    }

    @GetMapping("/enterprise/credit")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        EnterpriseSummary enterprise = enterprises.current(user.accountId()).orElse(null);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("objections", java.util.List.of());
        if (enterprise == null) {
            return "credit/score";
        }
        CreditScore score = scores.score(enterprise.uscc()).orElse(null);
        model.addAttribute("score", score);
        if (score != null) {
            model.addAttribute("lines", score.points().stream().map(ScoreLine::of).toList());
            model.addAttribute("reasons", score.reasons(REASONS));
            model.addAttribute("raises", scores.raises(score).stream().limit(REASONS).toList());
            model.addAttribute("dimensions", Arrays.stream(Characteristic.Dimension.values())
                    .collect(Collectors.toMap(d -> d, score::pointsOf, (a, b) -> a,
                            () -> new java.util.EnumMap<>(Characteristic.Dimension.class))));
        }
        Map<CreditSource, List<StoredRecord>> bySource = records.of(enterprise.uscc()).stream()
                .collect(Collectors.groupingBy(r -> r.record().source(), () -> new java.util.EnumMap<>(CreditSource.class),
                        Collectors.toList()));
        model.addAttribute("records", bySource);
        model.addAttribute("objections", objections.mine(user));
        return "credit/score";
    }
}
