package org.xinyidai.institution.staff;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Referral codes for customer managers' QR links: 8 characters, none that look alike. */
@Component
class ReferralCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
