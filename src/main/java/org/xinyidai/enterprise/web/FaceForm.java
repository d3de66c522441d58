package org.xinyidai.enterprise.web;

import jakarta.validation.constraints.NotBlank;

/** 法人人脸核验: the legal representative's name and ID number as entered. */
record FaceForm(@NotBlank(message = "{enterprise.legalRepName.required}") String name,
                @NotBlank(message = "{enterprise.legalRepId.required}") String idNumber) {

    FaceForm {
        name = name == null ? null : name.trim();
        idNumber = idNumber == null ? null : idNumber.trim().toUpperCase();
    }

    static FaceForm blank() {
        return new FaceForm(null, null);
    }
}
