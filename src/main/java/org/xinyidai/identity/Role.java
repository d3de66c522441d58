package org.xinyidai.identity;

import java.util.EnumSet;
import java.util.Set;

/** The eight roles of the platform (DESIGN §2). Only {@link #ENTERPRISE} registers itself. */
public enum Role {

    ENTERPRISE("/enterprise"),
    INST_HQ_ADMIN("/institution"),
    INST_ADMIN("/institution"),
    CUSTOMER_MANAGER("/institution"),
    CREDIT_AGENCY("/agency"),
    GOV_OFFICER("/gov"),
    ADVISOR("/advisor"),
    PLATFORM_ADMIN("/admin");

    public static final Set<Role> INSTITUTION_ROLES = EnumSet.of(INST_HQ_ADMIN, INST_ADMIN, CUSTOMER_MANAGER);

    private final String consoleHome;

    Role(String consoleHome) {
        this.consoleHome = consoleHome;
    }

    /** The path of this role's console home page. */
    public String consoleHome() {
        return consoleHome;
    }

    /** Staff are created by admins, never self-registered, and take a second factor at login. */
    public boolean isStaff() {
        return this != ENTERPRISE;
    }

    public boolean isInstitutionRole() {
        return INSTITUTION_ROLES.contains(this);
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of this role's name. */
    public String labelKey() {
        return "role." + name();
    }
}
