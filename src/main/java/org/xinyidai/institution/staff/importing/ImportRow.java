package org.xinyidai.institution.staff.importing;

/**
 * One spreadsheet row as read, with the node it names (when found) and the reason it cannot be
 * imported (when it cannot).
 *
 * @param rowNo the row number as Excel shows it (the header is row 1)
 */
public record ImportRow(int rowNo, String name, String phone, String nodeName, String position, String employeeNo,
                        String role, Long nodeId, String error) {

    public boolean valid() {
        return error == null;
    }

    ImportRow refused(String reason) {
        return new ImportRow(rowNo, name, phone, nodeName, position, employeeNo, role, nodeId, reason);
    }

    ImportRow atNode(long id) {
        return new ImportRow(rowNo, name, phone, nodeName, position, employeeNo, role, id, error);
    }
}
