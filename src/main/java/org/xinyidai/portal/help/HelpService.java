package org.xinyidai.portal.help;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.Refused;

/**
 * The platform admin's writes to the help centre. Bodies are sanitised on save (jsoup's relaxed list:
 * headings, lists, tables, links, images; no scripts, styles or event handlers), so pages render them
 * as they are.
 */
@Service
public class HelpService {

    private static final Safelist SAFE = Safelist.relaxed().addProtocols("a", "href", "mailto", "tel");

    private final HelpArticles articles;
    private final OperationLog log;
    private final Clock clock;

    HelpService(HelpArticles articles, OperationLog log, Clock clock) {
        this.articles = articles;
        this.log = log;
        this.clock = clock;
    }

    /** What the admin wrote. */
    public record Draft(long categoryId, HelpKind kind, String title, String body, boolean published, int sortOrder) {
    }

    /** HTML with everything outside the safe list removed. */
    public static String sanitise(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html == null ? "" : html, "", SAFE, output);
    }

    static String text(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }

    /** What an article breaks, beside its field: a category that does not exist. */
    public List<Refused> screen(Long categoryId) {
        return categoryId == null || articles.categoryExists(categoryId) ? List.of()
                : List.of(Refused.field("categoryId", "help.admin.category.required"));
    }

    @Transactional
    public long create(Draft draft, CurrentUser admin) {
        refuseWhatScreeningFinds(draft);
        String body = sanitise(draft.body());
        long id = articles.insert(draft.categoryId(), draft.kind(), draft.title().trim(), body, text(body),
                draft.published(), draft.sortOrder(), OffsetDateTime.now(clock));
        log.record(admin.did("HELP_CREATE").on("help_article", id).withDetail(draft.title()));
        return id;
    }

    @Transactional
    public void update(long id, Draft draft, CurrentUser admin) {
        refuseWhatScreeningFinds(draft);
        String body = sanitise(draft.body());
        articles.update(id, draft.categoryId(), draft.kind(), draft.title().trim(), body, text(body), draft.published(),
                draft.sortOrder(), OffsetDateTime.now(clock));
        log.record(admin.did("HELP_UPDATE").on("help_article", id).withDetail(draft.title()));
    }

    @Transactional
    public void publish(long id, boolean published, CurrentUser admin) {
        articles.setPublished(id, published, OffsetDateTime.now(clock));
        log.record(admin.did(published ? "HELP_PUBLISH" : "HELP_UNPUBLISH").on("help_article", id));
    }

    @Transactional
    public void delete(long id, CurrentUser admin) {
        String title = articles.find(id).map(HelpArticle::title).orElse(null);
        articles.delete(id);
        log.record(admin.did("HELP_DELETE").on("help_article", id).withDetail(title));
    }

    private void refuseWhatScreeningFinds(Draft draft) {
        screen(draft.categoryId()).stream().findFirst().ifPresent(refused -> {
            throw refused;
        });
    }

    /** The guides and FAQs a migration seeds are HTML only; derive their search text once. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void indexSeededArticles() {
        for (long id : articles.idsWithoutText()) {
            articles.find(id).ifPresent(a -> articles.setText(id, text(a.body())));
        }
    }
}
