/**
 * The public shell and the consoles' frame: the public home page, the layout every page uses, the
 * language switch, each role's console home (with the enterprise and institution workbench figures from
 * financing) and side navigation, and the error pages; the city sites'
 * public list, the help centre (帮助中心), contact us and feedback (联系我们 / 意见反馈)
 * and the promotion materials (宣传材料: the site link's QR code and an A4 poster).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "site", "institution", "audit", "product", "financing", "enterprise", "messaging"})
package org.xinyidai.portal;
