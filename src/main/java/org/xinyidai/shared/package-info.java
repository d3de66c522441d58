/**
 * Value types used by every module: phone numbers, USCC, resident ID numbers, region codes, money; and the
 * {@link org.xinyidai.shared.ContactPhone} constraint every hotline and contact phone field carries.
 * No Spring beans, no tables — only small immutable types that validate themselves.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.xinyidai.shared;
