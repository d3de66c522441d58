package org.xinyidai.credit.objection;

import org.springframework.cache.annotation.CacheEvict;
import org.xinyidai.credit.quality.DataQuality;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.credit.data.CreditRecords;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.StoredRecord;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;

/**
 * 异议: an enterprise objects to one of its own records (another's is not found); the platform admin upholds it —
 * the record stops counting, optionally replaced by a corrected one, and the enterprise is scored again — or
 * dismisses it, with a result the enterprise reads either way.
 */
@Service
public class ObjectionService {

    private static final int REVIEW_LIST = 200;

    private final Objections objections;
    private final CreditRecords records;
    private final IngestService ingest;
    private final EnterpriseApi enterprises;
    private final OperationLog log;
    private final Clock clock;

    ObjectionService(Objections objections, CreditRecords records, IngestService ingest, EnterpriseApi enterprises,
                     OperationLog log, Clock clock) {
        this.objections = objections;
        this.records = records;
        this.ingest = ingest;
        this.enterprises = enterprises;
        this.log = log;
        this.clock = clock;
    }

    /** One of the signed-in enterprise's records that still counts; another enterprise's is not found. */
    public StoredRecord ownRecord(CurrentUser user, long recordId) {
        return records.find(own(user).uscc(), recordId).orElseThrow(NotFound::new);
    }

    @Transactional
    public long raise(CurrentUser user, long recordId, String reason) {
        StoredRecord record = ownRecord(user, recordId);
        if (objections.openFor(recordId)) {
            throw Refused.field("reason", "credit.objection.alreadyOpen");
        }
        long id = objections.add(recordId, record.record().uscc(), user.accountId(), reason, OffsetDateTime.now(clock));
        log.record(user.did("CREDIT_OBJECTION_RAISE").on("credit_objection", id)
                .withDetail(record.record().source().name() + " " + record.record().sourceRecordId()));
        return id;
    }

    /** The signed-in enterprise's objections, newest first. */
    public List<Objection> mine(CurrentUser user) {
        return enterprises.current(user.accountId()).map(e -> objections.of(e.uscc())).orElse(List.of());
    }

    public List<Objection> forReview() {
        return objections.forReview(REVIEW_LIST);
    }

    public Objection find(long id) {
        return objections.find(id).orElseThrow(NotFound::new);
    }

    /**
     * The platform admin's decision on the version of the objection read. Upheld: the record stops counting and, with
     * a corrected end date or amount, a corrected copy replaces it.
     */
    @Transactional
    @CacheEvict(cacheNames = DataQuality.CACHE, allEntries = true)
    public void decide(CurrentUser admin, long id, int version, boolean upheld, String result, LocalDate correctedEnd,
                       BigDecimal correctedAmount) {
        Objection objection = find(id);
        if (!objection.open()) {
            throw new Refused("credit.objection.decided");
        }
        if (upheld && correctedEnd != null && correctedEnd.isBefore(objection.record().record().eventDate())) {
            throw Refused.field("correctedEnd", "credit.reject.endBeforeStart");
        }
        Long corrected = upheld ? ingest.replace(objection.record().id(), "objection-" + id, admin.accountId(),
                correctedEnd, correctedAmount) : null;
        ObjectionStatus status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
        if (!objections.decide(id, version, status, result, admin.accountId(), OffsetDateTime.now(clock), corrected)) {
            throw new Refused("credit.objection.decided");
        }
        log.record(admin.did("CREDIT_OBJECTION_DECIDE").on("credit_objection", id).withDetail(status.name()));
    }

    private EnterpriseSummary own(CurrentUser user) {
        return enterprises.current(user.accountId()).orElseThrow(NotFound::new);
    }
}
