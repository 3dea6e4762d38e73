import { Link } from '@nl-design-system-candidate/link-react';

/** A phone number a colleague can tap to call. */
export function PhoneLink({ number, label }: { number: string; label: string }) {
  return (
    <Link href={`tel:${number.replace(/[^+\d]/g, '')}`} className="ap-phone" aria-label={`${label} bellen: ${number}`}>
      {number}
    </Link>
  );
}
