/**
 * Loan products (金融产品): an institution's products with their ranges, methods, regions, target
 * enterprises and admission criteria; drafting, publishing (上架) and taking offline (下架); the preview
 * that shows exactly what the financial supermarket shows. {@link org.xinyidai.product.ProductApi} is
 * what other modules read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site", "institution"})
package org.xinyidai.product;
