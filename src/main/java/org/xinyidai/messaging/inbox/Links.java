package org.xinyidai.messaging.inbox;

/** A message's link is a path inside the platform; anything else would make "查看" an open redirect. */
public final class Links {

    private Links() {
    }

    /**
     * @return the link, or null for none
     * @throws IllegalArgumentException for a link that leaves the platform
     */
    static String checked(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        if (!isInternal(link)) {
            throw new IllegalArgumentException("A message link is a path inside the platform: " + link);
        }
        return link;
    }

    public static boolean isInternal(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
                && link.chars().noneMatch(Character::isISOControl);
    }
}
