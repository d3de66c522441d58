package org.xinyidai.identity;

import org.xinyidai.shared.PhoneNumber;

/**
 * The port every module sends text messages through. The default adapter writes a masked line to the
 * application log (and, in the dev profile, keeps the message on the {@code /dev/sms} page); a real
 * carrier's adapter replaces it by being declared as a bean.
 */
public interface SmsGateway {

    void send(PhoneNumber to, String text);
}
