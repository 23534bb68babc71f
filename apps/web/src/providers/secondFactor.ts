export type SecondFactorStep = { kind: 'verify' } | { kind: 'enrol'; secret: string; uri: string };

/**
 * Raised by `authProvider.login` when the password was right but a TOTP code is still due:
 * the sign-in is not finished, so react-admin must not navigate; the login page asks for
 * the code and calls `login({ code })`.
 */
export class SecondFactorDue extends Error {
  constructor(readonly step: SecondFactorStep) {
    super('cutover.auth.second_factor_due');
  }
}
