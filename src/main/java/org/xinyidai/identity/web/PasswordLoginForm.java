package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The password tab of the login page. */
public class PasswordLoginForm {

    @NotBlank(message = "{validation.phone.required}")
    private String phone;

    @NotBlank(message = "{validation.password.required}")
    private String password;

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
