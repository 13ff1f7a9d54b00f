/** The header's bell: unread count fed live by the gateway's hub (built in the notifications feature). */
export function NotificationBell() {
  return null;
}
