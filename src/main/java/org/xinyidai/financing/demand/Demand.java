package org.xinyidai.financing.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Refused;

/**
 * A financing demand (融资需求), an aggregate: what the enterprise asked for, and where it stands — waiting for the
 * site's advisor, dispatched to an institution, or withdrawn. Only a demand nobody acted on may be withdrawn; a
 * withdrawn one is never dispatched. A move it refuses throws a {@link Refused}; one it makes {@link Demands#save}
 * writes as a versioned update (two people acting on the same read never both win).
 *
 * <p>{@code amount} is in yuan, shown in 万元; {@code maxRate} is the highest annual rate the enterprise accepts, in
 * percent.
 */
public class Demand {

    private final long id;
    private final String siteCode;
    private final long enterpriseId;
    private final String enterpriseName;
    private final String regionCode;
    private final long accountId;
    private final BigDecimal amount;
    private final int termMonths;
    private final String purpose;
    private final List<GuaranteeMethod> guaranteeMethods;
    private final BigDecimal maxRate;
    private final LocalDate neededBy;
    private final String contactName;
    private final String contactPhone;
    private final String note;
    private final LocalDateTime createdAt;
    private final int version;
    private DemandStatus status;
    private LocalDateTime updatedAt;
    private boolean changed;

    /** As stored; only {@link Demands} builds one. */
    Demand(long id, String siteCode, long enterpriseId, String enterpriseName, String regionCode, long accountId,
           BigDecimal amount, int termMonths, String purpose, List<GuaranteeMethod> guaranteeMethods, BigDecimal maxRate,
           LocalDate neededBy, String contactName, String contactPhone, String note, DemandStatus status,
           LocalDateTime createdAt, LocalDateTime updatedAt, int version) {
        this.id = id;
        this.siteCode = siteCode;
        this.enterpriseId = enterpriseId;
        this.enterpriseName = enterpriseName;
        this.regionCode = regionCode;
        this.accountId = accountId;
        this.amount = amount;
        this.termMonths = termMonths;
        this.purpose = purpose;
        this.guaranteeMethods = List.copyOf(guaranteeMethods);
        this.maxRate = maxRate;
        this.neededBy = neededBy;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.note = note;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** 撤回: the enterprise takes back a demand still waiting for the advisor, as the version it saw. */
    void withdraw(int seenVersion, LocalDateTime at) {
        if (!status.withdrawable()) {
            throw new Refused("demand.refused.notWithdrawable");
        }
        seen(seenVersion);
        move(DemandStatus.WITHDRAWN, at);
    }

    /** 分派: the advisor sent it (again, after a rejection) to an institution, as the version they saw. */
    void dispatch(int seenVersion, LocalDateTime at) {
        if (!status.dispatchable()) {
            throw new Refused("demand.refused.withdrawn");
        }
        seen(seenVersion);
        move(DemandStatus.DISPATCHED, at);
    }

    private void seen(int seenVersion) {
        if (seenVersion != version) {
            throw stale();
        }
    }

    private void move(DemandStatus to, LocalDateTime at) {
        status = to;
        updatedAt = at;
        changed = true;
    }

    static Refused stale() {
        return new Refused("demand.refused.stale");
    }

    boolean changed() {
        return changed;
    }

    public BigDecimal amountWan() {
        return Money.wan(amount);
    }

    public String maxRateText() {
        return maxRate.stripTrailingZeros().toPlainString();
    }

    public String maskedContactPhone() {
        return Masking.phone(contactPhone);
    }

    // What was asked for, and where it stands, as the pages read them.
    public long id() { return id; }
    public String siteCode() { return siteCode; }
    public long enterpriseId() { return enterpriseId; }
    public String enterpriseName() { return enterpriseName; }
    public String regionCode() { return regionCode; }
    public long accountId() { return accountId; }
    public BigDecimal amount() { return amount; }
    public int termMonths() { return termMonths; }
    public String purpose() { return purpose; }
    public List<GuaranteeMethod> guaranteeMethods() { return guaranteeMethods; }
    public BigDecimal maxRate() { return maxRate; }
    public LocalDate neededBy() { return neededBy; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
    public String note() { return note; }
    public DemandStatus status() { return status; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public int version() { return version; }
}
