package org.xinyidai.institution.profile;

import java.util.List;
import org.xinyidai.institution.InstitutionType;

/** The public face of an institution (机构信息): what the directory and the supermarket show. */
public record InstitutionProfile(long id, String name, String shortName, InstitutionType type, String introduction,
                                 boolean hasLogo, String contactPhone, String contactAddress,
                                 List<String> districtsServed) {
}
