package org.xinyidai.portal.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.messaging.TextMessages;
import org.xinyidai.messaging.TextMessages.TextOutcome;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.Refused;

/**
 * 意见反馈: takes feedback from anyone without a CAPTCHA — a honeypot field, a signed form timestamp and
 * two rate limits (per client address, counted in the database; per session) keep bots out, each with
 * its own message and nothing saved — and lets the platform admin reply, by SMS (through messaging, capped per
 * number and day) when a mobile number was left.
 */
@Service
public class FeedbackService {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Feedbacks feedbacks;
    private final FormTokens tokens;
    private final OperationLog log;
    private final TextMessages texts;
    private final Clock clock;
    private final int hourlyPerAddress;
    private final int hourlyPerSession;

    FeedbackService(Feedbacks feedbacks, FormTokens tokens, OperationLog log, TextMessages texts,
                    Clock clock, @Value("${xyd.portal.feedback.hourly-per-ip:5}") int hourlyPerAddress,
                    @Value("${xyd.portal.feedback.hourly-per-session:3}") int hourlyPerSession) {
        this.feedbacks = feedbacks;
        this.tokens = tokens;
        this.log = log;
        this.texts = texts;
        this.clock = clock;
        this.hourlyPerAddress = hourlyPerAddress;
        this.hourlyPerSession = hourlyPerSession;
    }

    /** What a visitor sent; the contact already checked to be blank, a mobile number or an e-mail address. */
    public record Submission(String siteCode, FeedbackType type, String text, String contact) {
    }

    /**
     * Saves the feedback; its id.
     *
     * @param honeypot     the field people never see, which must come back empty
     * @param token        the signed timestamp the form was served with
     * @param sessionTimes when this session sent feedback before; a new entry is added on success
     * @throws Refused     for a bot's form (the honeypot filled, the time too short, old or forged) or too much
     *                     feedback from this session or address within the hour; nothing is saved
     */
    @Transactional
    public long submit(Submission submission, String honeypot, String token, String clientIp,
                          List<Instant> sessionTimes) {
        if (honeypot != null && !honeypot.isEmpty()) {
            throw new Refused("feedback.refused.honeypot");
        }
        switch (tokens.check(token)) {
            case TOO_FAST -> throw new Refused("feedback.refused.tooFast");
            case EXPIRED -> throw new Refused("feedback.refused.expired");
            case INVALID -> throw new Refused("feedback.refused.invalid");
            case OK -> {
            }
        }
        Instant now = clock.instant();
        sessionTimes.removeIf(t -> t.isBefore(now.minus(WINDOW)));
        if (sessionTimes.size() >= hourlyPerSession) {
            throw new Refused("feedback.refused.session");
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        if (feedbacks.countFromAddressSince(clientIp, at.minus(WINDOW)) >= hourlyPerAddress) {
            throw new Refused("feedback.refused.address");
        }
        long id = feedbacks.insert(submission.siteCode(), submission.type(), submission.text().strip(),
                submission.contact() == null || submission.contact().isBlank() ? null : submission.contact().strip(),
                clientIp, at);
        sessionTimes.add(now);
        return id;
    }

    /** How a reply went: saved only, saved and texted, or saved but not texted because of the daily cap. */
    public enum ReplyOutcome {
        SAVED, TEXTED, TEXT_LIMIT_REACHED
    }

    /**
     * Marks feedback handled with the reply (which may be empty); texts it to a mobile number left with it, unless
     * that number already had its texts for today.
     */
    @Transactional
    public ReplyOutcome reply(long id, String reply, CurrentUser admin) {
        Feedback feedback = feedbacks.find(id).orElseThrow(NotFound::new);
        String text = reply == null || reply.isBlank() ? null : reply.strip();
        ReplyOutcome outcome = ReplyOutcome.SAVED;
        if (text != null && PhoneNumber.isValid(feedback.contact())) {
            TextOutcome sent = texts.send(feedback.contact(), "message.text.feedback.reply", List.of(text));
            outcome = sent.queued() ? ReplyOutcome.TEXTED : ReplyOutcome.TEXT_LIMIT_REACHED;
        }
        feedbacks.reply(id, text, admin.displayName(), outcome == ReplyOutcome.TEXTED, OffsetDateTime.now(clock));
        log.record(admin.did("FEEDBACK_REPLY").on("feedback", id).withDetail(switch (outcome) {
            case TEXTED -> "reply sent by SMS";
            case TEXT_LIMIT_REACHED -> "SMS not sent: daily limit for the number reached";
            case SAVED -> null;
        }));
        return outcome;
    }
}
