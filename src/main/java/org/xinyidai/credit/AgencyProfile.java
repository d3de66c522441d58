package org.xinyidai.credit;

import java.util.List;

/**
 * A credit agency's public profile (信用机构): who it is, what it offers, how to reach it, which city sites it
 * serves, and whether it shows in the directory.
 *
 * @param sites         codes of the city sites it serves
 * @param qualification its filing or licence (e.g. 征信机构备案编号), or null
 * @param version       the stored version an edit was made on; -1 for a profile not stored yet
 */
public record AgencyProfile(long accountId, String name, String introduction, String services, String qualification,
                            String contactPhone, String email, String address, String website, List<String> sites,
                            boolean published, int version) {

    public AgencyProfile {
        sites = List.copyOf(sites);
    }

    /** The services one per line, for the pages. */
    public List<String> serviceList() {
        return services.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
