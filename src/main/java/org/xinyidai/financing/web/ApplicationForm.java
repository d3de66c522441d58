package org.xinyidai.financing.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.xinyidai.financing.order.Application;
import org.xinyidai.identity.CurrentUser;

/** 申请融资: what an enterprise enters when it applies for a product; the amount in 万元. */
record ApplicationForm(@NotNull(message = "{order.validation.amount.required}")
                       @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
                       @Digits(integer = 8, fraction = 2, message = "{order.validation.amount.format}")
                       BigDecimal amountWan,
                       @NotNull(message = "{order.validation.term.required}")
                       @Min(value = 1, message = "{order.validation.term.range}")
                       @Max(value = 360, message = "{order.validation.term.range}") Integer termMonths,
                       @NotBlank(message = "{order.validation.purpose.required}")
                       @Size(max = 500, message = "{order.validation.purpose.tooLong}") String purpose,
                       @NotBlank(message = "{validation.name.required}")
                       @Size(max = 32, message = "{validation.name.tooLong}") String contactName,
                       @NotBlank(message = "{validation.phone.required}")
                       @Pattern(regexp = "1[3-9]\\d{9}", message = "{validation.phone.format}") String contactPhone) {

    ApplicationForm {
        purpose = purpose == null ? null : purpose.strip();
        contactName = contactName == null ? null : contactName.strip();
    }

    /** The empty form, the person signed in as the contact. */
    static ApplicationForm blank(CurrentUser user) {
        return new ApplicationForm(null, null, null, user.displayName(), user.phone());
    }

    Application application() {
        return new Application(amountWan, termMonths, purpose, contactName, contactPhone);
    }
}
