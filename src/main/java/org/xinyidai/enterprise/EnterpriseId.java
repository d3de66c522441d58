package org.xinyidai.enterprise;

/**
 * An enterprise's id, typed where it meets another id in one signature ({@code addMember(enterprise, account)}),
 * so the two cannot be swapped unnoticed. Where an enterprise id stands alone a {@code long} does.
 */
public record EnterpriseId(long value) {

    public static EnterpriseId of(long value) {
        return new EnterpriseId(value);
    }
}
