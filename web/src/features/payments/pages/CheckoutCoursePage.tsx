import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useMyEnrollments } from '@/lib/api/hooks/useMyEnrollments';
import { isProblem } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/queryKeys';
import type { CourseDetail } from '@/lib/api/types';
import { useFormat } from '@/lib/format';
import { useCheckoutCourse } from '../api/useCheckoutCourse';
import { useEnrollWithSubscription } from '../api/useEnrollWithSubscription';
import { useMySubscription } from '../api/useMySubscription';
import { CheckoutNotice } from '../components/CheckoutNotice';
import { useCheckoutRedirect } from '../hooks/useCheckoutRedirect';
import { subscriptionCovers } from '../lib/coverage';
import '../payments.css';

/** /checkout/course/:courseId: the course and its price, then the checkout, started by the buyer (not on arrival). */
export function CheckoutCoursePage() {
  return (
    <RequireAuth>
      <CourseCheckout />
    </RequireAuth>
  );
}

function CourseCheckout() {
  const { courseId = '' } = useParams();
  const { t } = useTranslation('payments');
  const course = useCheckoutCourse(courseId);
  useDocumentTitle(course.data ? t('checkout.courseTitleNamed', { title: course.data.title }) : t('checkout.courseTitle'));
  if (course.isPending) return <Loading />;
  if (isProblem(course.error, 404) || isProblem(course.error, 400)) {
    return (
      <section className="page narrow">
        <h1>{t('checkout.courseTitle')}</h1>
        <CheckoutNotice text={t('checkout.notFound')} to="/courses" link={t('checkout.backToCatalog')} />
      </section>
    );
  }
  if (course.error || !course.data) return <ErrorMessage error={course.error} onRetry={() => void course.refetch()} />;
  return <CourseOffer course={course.data} />;
}

function CourseOffer({ course }: { course: CourseDetail }) {
  const { t } = useTranslation('payments');
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const enrollments = useMyEnrollments();
  const subscription = useMySubscription();
  // A 409 means enrolled meanwhile, covered by a subscription, or a checkout already opening: the enrollments and the
  // subscription are read again to tell which, and the offer follows.
  const checkout = useCheckoutRedirect({
    onConflict: () => Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.myEnrollments }), queryClient.invalidateQueries({ queryKey: queryKeys.mySubscription })]),
  });
  const enroll = useEnrollWithSubscription();
  const courseHref = `/courses/${course.id}`;
  const price = format.price(course.price.amount, course.price.currency);
  const free = course.price.pricing_model === 'free' || course.price.amount === 0 || (isProblem(checkout.error, 422) && checkout.error.title === 'Free course');
  const enrolled = enrollments.data?.some((enrollment) => enrollment.course_id === course.id) ?? false;
  const covered = subscriptionCovers(subscription.data, course.level);

  let offer;
  if (enrollments.isPending || subscription.isPending) offer = <Loading />;
  else if (enrolled) offer = <CheckoutNotice text={t('checkout.alreadyEnrolled')} to={courseHref} link={t('checkout.goToCourse')} />;
  else if (free) offer = <CheckoutNotice text={t('checkout.free')} to={courseHref} link={t('checkout.toCoursePage')} />;
  else if (course.status !== 'published') offer = <CheckoutNotice text={t('checkout.notForSale')} to="/courses" link={t('checkout.backToCatalog')} />;
  else if (covered && subscription.data)
    // The service refuses to sell what the subscription already opens.
    offer = (
      <div className="card pay-included">
        <p>{t('checkout.includedText', { plan: t(`plans.${subscription.data.plan}.name`) })}</p>
        {enroll.error !== null && <ErrorMessage error={enroll.error} />}
        <div className="actions">
          <button type="button" className="button" disabled={enroll.isPending} onClick={() => enroll.mutate(course.id, { onSuccess: () => navigate(courseHref) })} data-testid="checkout-with-subscription">
            {enroll.isPending ? t('checkout.enrolling') : t('checkout.includedEnroll')}
          </button>
          <Link to={courseHref} className="button button-ghost">
            {t('checkout.back')}
          </Link>
        </div>
      </div>
    );
  else
    offer = (
      <div className="card pay-offer">
        <p className="pay-offer-price">
          <span className="muted">{t('checkout.price')}</span> <strong>{price}</strong>
        </p>
        <p className="muted">{t('checkout.secure')}</p>
        {checkout.error !== null && <ErrorMessage error={checkout.error} />}
        <div className="actions">
          <button type="button" className="button" disabled={checkout.isPending} onClick={() => checkout.start({ course_id: course.id })} data-testid="checkout-start">
            {checkout.isPending ? t('checkout.opening') : t('checkout.pay', { price })}
          </button>
          <Link to={courseHref} className="button button-ghost">
            {t('checkout.back')}
          </Link>
        </div>
      </div>
    );

  return (
    <section className="page narrow pay-checkout">
      <header>
        <p className="muted pay-kicker">{t('checkout.courseTitle')}</p>
        <h1>{course.title}</h1>
        {course.subtitle && <p className="muted">{course.subtitle}</p>}
        <p className="pay-secondary">
          {t('checkout.byLevel', { instructor: course.instructor_name, level: t(`levels.${course.level}`, { defaultValue: course.level }) })}
        </p>
      </header>
      {offer}
    </section>
  );
}
