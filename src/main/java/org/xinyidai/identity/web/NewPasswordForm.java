package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A phone number, its SMS code and a new password twice: registration and forgotten password. The
 * current password is only asked on the change-password page.
 */
public class NewPasswordForm extends SmsCodeForm {

    @Size(max = 64, message = "{validation.password.tooLong}")
    @NotBlank(message = "{validation.password.required}")
    private String password;

    @NotBlank(message = "{validation.confirm.required}")
    private String confirmPassword;

    private boolean agreed;

    private String currentPassword;

    /** The customer manager's referral code, from the QR link's {@code ?ref=}. */
    private String ref;

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
