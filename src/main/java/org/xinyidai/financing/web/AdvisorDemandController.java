package org.xinyidai.financing.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.financing.demand.Demand;
import org.xinyidai.financing.demand.DemandPublishing;
import org.xinyidai.financing.demand.Dispatching;
import org.xinyidai.shared.Refused;
import org.xinyidai.financing.order.Order;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/**
 * 融资需求分派: the advisor's queue of the site's published demands and of orders that expired unaccepted, and the
 * dispatch form for each. Anything of another site is "not found".
 */
@Controller
@RequestMapping("/advisor/demands")
class AdvisorDemandController {

    static final String QUEUE_VIEW = "demands/advisor-queue";
    static final String DEMAND_VIEW = "demands/advisor-demand";
    static final String EXPIRED_VIEW = "demands/advisor-expired";

    private final Dispatching dispatching;
    private final DemandPublishing publishing;

    AdvisorDemandController(Dispatching dispatching, DemandPublishing publishing) {
        this.dispatching = dispatching;
        this.publishing = publishing;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal CurrentUser advisor, Model model, Locale locale) {
        model.addAttribute("districtNames", publishing.districtNames(advisor.siteCode(), locale));
        model.addAttribute("demands", dispatching.queue(advisor));
        model.addAttribute("expired", dispatching.expired(advisor));
        return QUEUE_VIEW;
    }

    @GetMapping("/{id}")
    String demand(@PathVariable long id, @AuthenticationPrincipal CurrentUser advisor, Model model) {
        Demand demand = dispatching.demand(advisor, id);
        model.addAttribute("form", DispatchForm.blank(demand.version()));
        return demandView(demand, model);
    }

    @PostMapping("/{id}/dispatch")
    String dispatch(@PathVariable long id, @AuthenticationPrincipal CurrentUser advisor,
                    @Valid @ModelAttribute("form") DispatchForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        Demand demand = dispatching.demand(advisor, id);
        return submit(Forms.holding(form, errors, model), redirect, () -> demandView(demand, model),
                "redirect:/advisor/demands/" + id, "demand.dispatched",
                () -> dispatching.dispatch(advisor, id, form.seenVersion(), form.toTarget()));
    }

    @GetMapping("/expired/{orderId}")
    String expired(@PathVariable long orderId, @AuthenticationPrincipal CurrentUser advisor, Model model) {
        Order order = dispatching.expiredOrder(advisor, orderId);
        model.addAttribute("form", DispatchForm.blank(order.version()));
        return expiredView(order, model);
    }

    @PostMapping("/expired/{orderId}/dispatch")
    String redispatch(@PathVariable long orderId, @AuthenticationPrincipal CurrentUser advisor,
                      @Valid @ModelAttribute("form") DispatchForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        Order order = dispatching.expiredOrder(advisor, orderId);
        return submit(Forms.holding(form, errors, model), redirect, () -> expiredView(order, model),
                "redirect:/advisor/demands", "demand.redispatched",
                () -> dispatching.redispatch(advisor, orderId, form.seenVersion(), form.toTarget()));
    }

    /**
     * A dispatch form's answer: the form again with its errors (bad input, or a field the service refused), back
     * with a one-line message when the whole action was refused, or to the queue when it was done.
     */
    private String submit(BindingResult errors, RedirectAttributes redirect, Supplier<String> formAgain,
                          String whenRefused, String doneKey, Runnable action) {
        if (errors.hasErrors()) {
            return formAgain.get();
        }
        try {
            action.run();
        } catch (Refused refused) {
            if (refused.isAboutAField()) {
                Forms.reject(errors, refused);
                return formAgain.get();
            }
            Flash.refused(redirect, refused);
            return whenRefused;
        }
        Flash.done(redirect, doneKey);
        return "redirect:/advisor/demands";
    }

    private String demandView(Demand demand, Model model) {
        model.addAttribute("districtNames", publishing.districtNames(demand.siteCode(), LocaleContextHolder.getLocale()));
        model.addAttribute("demand", demand);
        model.addAttribute("enterprise", dispatching.enterprise(demand.enterpriseId()).orElse(null));
        model.addAttribute("choices", dispatching.choices(demand.regionCode()));
        return DEMAND_VIEW;
    }

    private String expiredView(Order order, Model model) {
        model.addAttribute("districtNames", publishing.districtNames(order.siteCode(), LocaleContextHolder.getLocale()));
        model.addAttribute("order", order);
        model.addAttribute("enterprise", dispatching.enterprise(order.enterpriseId()).orElse(null));
        model.addAttribute("choices", dispatching.choices(order.enterpriseRegion()));
        return EXPIRED_VIEW;
    }
}
