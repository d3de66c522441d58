package org.xinyidai.enterprise.web;

import jakarta.validation.constraints.NotBlank;

/** 法人人脸核验: the legal representative's name and ID number as entered. */
public class FaceForm {

    @NotBlank(message = "{enterprise.legalRepName.required}")
    private String name;

    @NotBlank(message = "{enterprise.legalRepId.required}")
    private String idNumber;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber == null ? null : idNumber.trim().toUpperCase();
    }
}
