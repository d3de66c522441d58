package org.xinyidai.credit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinyidai.credit.quality.DataQuality;

/** 数据质量与时效 for the platform admin: each source's figures and freshness, rejected rows by reason, the rules. */
@Controller
class CreditQualityController {

    private final DataQuality quality;

    CreditQualityController(DataQuality quality) {
        this.quality = quality;
    }

    @GetMapping("/admin/credit/quality")
    String page(Model model) {
        model.addAttribute("report", quality.report());
        return "credit/quality";
    }
}
