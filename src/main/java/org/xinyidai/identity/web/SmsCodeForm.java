package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A phone number and the SMS code sent to it: the SMS tab of the login page. */
public class SmsCodeForm {

    @NotBlank(message = "{validation.phone.required}")
    private String phone;

    @NotBlank(message = "{validation.code.required}")
    @Pattern(regexp = "^\\s*\\d{6}\\s*$", message = "{validation.code.format}")
    private String code;

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
