/** App chrome and shared widgets; resource-specific wording lives under `resources`. */
export const cutover = {
  app: {
    title: 'Cutover',
    tagline: 'Oversight of the school chat migration',
  },
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
  },
  layout: {
    scope: 'Scope',
    role: 'Role',
    menu: 'Main menu',
  },
  org: {
    breadcrumb: 'Location in the hierarchy',
    details: 'Details',
    subtree: 'In this subtree',
    empty: 'Nothing here yet.',
    open: 'Open %{name}',
  },
  staff: {
    status: 'Platform status',
    contacts: 'Contacts',
    placement: 'Place of work',
  },
  filters: {
    inactive_days: '%{smart_count} day or more |||| %{smart_count} days or more',
  },
};
