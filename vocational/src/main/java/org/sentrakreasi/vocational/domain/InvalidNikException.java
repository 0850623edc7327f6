package org.sentrakreasi.vocational.domain;

/** A NIK that is malformed or disagrees with the birth date or gender it comes with. */
public class InvalidNikException extends InvalidValueException {

    private final NikProblem problem;

    public InvalidNikException(NikProblem problem) {
        super("nik", problem.message());
        this.problem = problem;
    }

    public NikProblem problem() {
        return problem;
    }
}
