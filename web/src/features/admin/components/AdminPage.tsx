import type { ReactNode } from 'react';
import { RequireAuth } from '@/components/RequireAuth';
import { AdminNav } from './AdminNav';
import '../admin.css';

/** Every administration screen: admins only, with the section's navigation above its content. */
export function AdminPage({ children }: { children: ReactNode }) {
  return (
    <RequireAuth roles={['admin']}>
      <div className="page admin-page">
        <AdminNav />
        {children}
      </div>
    </RequireAuth>
  );
}
