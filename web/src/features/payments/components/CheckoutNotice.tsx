import { Link } from 'react-router';

/** A checkout that cannot (or need not) go on: why, and where to go instead. */
export function CheckoutNotice({ text, to, link }: { text: string; to: string; link: string }) {
  return (
    <div className="alert alert-info pay-notice" role="status">
      <p className="alert-title">{text}</p>
      <Link to={to} className="button">
        {link}
      </Link>
    </div>
  );
}
