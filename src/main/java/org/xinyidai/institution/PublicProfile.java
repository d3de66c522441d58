package org.xinyidai.institution;

import java.util.List;

/**
 * The public profile the directory shows.
 *
 * @param districtsServed region codes
 */
public record PublicProfile(long id, String name, String shortName, InstitutionType type, String introduction,
                            boolean hasLogo, String contactPhone, String contactAddress, List<String> districtsServed) {
}
