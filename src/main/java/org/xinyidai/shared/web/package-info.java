/**
 * The web conventions every module's controllers share: one refusal and one not-found mapped once
 * ({@link org.xinyidai.shared.web.Refusals}), a refused form coming back with the message beside its field
 * ({@link org.xinyidai.shared.web.Forms}), a one-line message after an action ({@link org.xinyidai.shared.web.Flash}).
 * The only part of {@code shared} that knows Spring MVC.
 */
package org.xinyidai.shared.web;
