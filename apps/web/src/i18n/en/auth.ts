/** The sign-in pages: password, then a TOTP code or its enrolment. */
export const auth = {
  cutover: {
    auth: {
      page_title: 'Sign in',
      heading: 'Sign in to Cutover',
      login: 'Login',
      password: 'Password',
      sign_in: 'Sign in',
      second_factor_due: 'Enter your verification code',
      totp_heading: 'Two-step verification',
      totp_verify_hint: 'Enter the 6-digit code from your authenticator app.',
      totp_enrol_hint:
        'Your account needs two-step verification. Add this key to an authenticator app (enter the secret key or open the setup link), then type the code it shows.',
      secret: 'Secret key',
      uri: 'Setup link (otpauth URI)',
      code: 'Verification code',
      verify: 'Verify',
      back: 'Back to sign-in',
      demo_accounts:
        'Demo mode: the demo accounts and their password are listed in the README, section “Run it”.',
    },
  },
};
