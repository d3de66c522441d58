package org.xinyidai.enterprise.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.enterprise.company.Company;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * 新增企业 / 编辑企业 as entered. Format rules are here; the USCC and ID number checks, the date against
 * today and the district against the site are applied by the controller.
 */
public class CompanyForm {

    @NotBlank(message = "{enterprise.name.required}")
    @Size(max = 100, message = "{enterprise.name.tooLong}")
    private String name;

    @NotBlank(message = "{enterprise.uscc.required}")
    private String uscc;

    @NotBlank(message = "{enterprise.legalRepName.required}")
    @Size(max = 50, message = "{enterprise.legalRepName.tooLong}")
    private String legalRepName;

    /** Required when adding; when editing, blank keeps the number on file (it is never shown in full). */
    private String legalRepId;

    @NotNull(message = "{enterprise.amount.required}")
    @DecimalMin(value = "0.01", message = "{enterprise.amount.positive}")
    @Digits(integer = 14, fraction = 2, message = "{enterprise.amount.digits}")
    private BigDecimal registeredCapitalWan;

    @NotNull(message = "{enterprise.establishedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate establishedOn;

    @NotNull(message = "{enterprise.industry.required}")
    private IndustrySection industry;

    private SizingCategory sizingCategory;

    @NotBlank(message = "{enterprise.region.required}")
    private String regionCode;

    @Size(max = 200, message = "{enterprise.address.tooLong}")
    private String address;

    @NotNull(message = "{enterprise.employees.required}")
    @Min(value = 0, message = "{enterprise.employees.range}")
    @Max(value = 10_000_000, message = "{enterprise.employees.range}")
    private Integer employees;

    @NotNull(message = "{enterprise.amount.required}")
    @DecimalMin(value = "0", message = "{enterprise.amount.notNegative}")
    @Digits(integer = 14, fraction = 2, message = "{enterprise.amount.digits}")
    private BigDecimal annualRevenueWan;

    @NotNull(message = "{enterprise.amount.required}")
    @DecimalMin(value = "0", message = "{enterprise.amount.notNegative}")
    @Digits(integer = 14, fraction = 2, message = "{enterprise.amount.digits}")
    private BigDecimal totalAssetsWan;

    /** The user read the USCC warnings (wrong check character, or a claim) and submits anyway. */
    private boolean confirmed;

    private int version;

    /** The form filled with an enterprise's data, except its ID number, which is never sent back in full. */
    static CompanyForm of(Company c) {
        CompanyForm form = new CompanyForm();
        form.name = c.name();
        form.uscc = c.uscc();
        form.legalRepName = c.legalRepName();
        form.registeredCapitalWan = c.registeredCapitalWan();
        form.establishedOn = c.establishedOn();
        form.industry = c.industry();
        form.sizingCategory = c.sizingCategory();
        form.regionCode = c.regionCode();
        form.address = c.address();
        form.employees = c.employees();
        form.annualRevenueWan = c.annualRevenueWan();
        form.totalAssetsWan = c.totalAssetsWan();
        form.version = c.version();
        return form;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trim(name);
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc == null ? null : uscc.trim().toUpperCase();
    }

    public String getLegalRepName() {
        return legalRepName;
    }

    public void setLegalRepName(String legalRepName) {
        this.legalRepName = trim(legalRepName);
    }

    public String getLegalRepId() {
        return legalRepId;
    }

    public void setLegalRepId(String legalRepId) {
        this.legalRepId = legalRepId == null ? null : legalRepId.trim().toUpperCase();
    }

    public BigDecimal getRegisteredCapitalWan() {
        return registeredCapitalWan;
    }

    public void setRegisteredCapitalWan(BigDecimal registeredCapitalWan) {
        this.registeredCapitalWan = registeredCapitalWan;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public IndustrySection getIndustry() {
        return industry;
    }

    public void setIndustry(IndustrySection industry) {
        this.industry = industry;
    }

    public SizingCategory getSizingCategory() {
        return sizingCategory;
    }

    public void setSizingCategory(SizingCategory sizingCategory) {
        this.sizingCategory = sizingCategory;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = trim(address);
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public BigDecimal getAnnualRevenueWan() {
        return annualRevenueWan;
    }

    public void setAnnualRevenueWan(BigDecimal annualRevenueWan) {
        this.annualRevenueWan = annualRevenueWan;
    }

    public BigDecimal getTotalAssetsWan() {
        return totalAssetsWan;
    }

    public void setTotalAssetsWan(BigDecimal totalAssetsWan) {
        this.totalAssetsWan = totalAssetsWan;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
