package org.xinyidai.identity;

/**
 * An account's id, typed where it meets another id in one signature ({@code addMember(enterprise, account)}), so
 * the two cannot be swapped unnoticed. Where an account id stands alone a {@code long} does.
 */
public record AccountId(long value) {

    public static AccountId of(long value) {
        return new AccountId(value);
    }
}
