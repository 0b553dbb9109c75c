import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { Apply } from './features/applications/Apply.tsx';
import { ForgotPassword } from './features/auth/ForgotPassword.tsx';
import { RequireRole, RequireUser } from './features/auth/guards.tsx';
import { ResetPassword } from './features/auth/ResetPassword.tsx';
import { SignIn } from './features/auth/SignIn.tsx';
import { SignUp } from './features/auth/SignUp.tsx';
import { Home } from './features/home/Home.tsx';
import { NotFound, RouteError } from './features/home/NotFound.tsx';
import { Layout } from './ui/Layout.tsx';

/** A screen loaded on demand: staff and admin code stays out of what job seekers download. */
async function screen<M>(module: Promise<M>, name: keyof M): Promise<{ Component: ComponentType }> {
  return { Component: (await module)[name] as ComponentType };
}

/** Every screen of the app; all paths are under /app. */
export const router = createBrowserRouter(
  [
    {
      element: <Layout />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { path: 'signin', element: <SignIn /> },
            { path: 'signup', element: <SignUp /> },
            { path: 'forgot-password', element: <ForgotPassword /> },
            { path: 'reset-password', element: <ResetPassword /> },
            {
              path: 'interview-link/:token',
              lazy: () => screen(import('./features/interviews/InterviewLink.tsx'), 'InterviewLink'),
            },
            {
              element: <RequireUser />,
              children: [
                { index: true, element: <Home /> },
                { path: 'apply/:slug', element: <Apply /> },
                {
                  path: 'practice',
                  lazy: () => screen(import('./features/practice/session/PracticeHome.tsx'), 'PracticeHome'),
                },
                {
                  path: 'practice/writing',
                  lazy: () => screen(import('./features/writing/WritingTests.tsx'), 'WritingTests'),
                },
                {
                  path: 'practice/writing/:id',
                  lazy: () =>
                    screen(import('./features/writing/WritingAttemptPage.tsx'), 'WritingAttemptPage'),
                },
                {
                  path: 'practice/sessions/:id',
                  lazy: () =>
                    screen(import('./features/practice/session/PracticeSession.tsx'), 'PracticeSession'),
                },
                {
                  path: 'interviews/:id',
                  lazy: () => screen(import('./features/interviews/MyInterview.tsx'), 'MyInterview'),
                },
                {
                  path: 'interviews/:id/debrief',
                  lazy: () => screen(import('./features/debriefs/DebriefForm.tsx'), 'DebriefFormPage'),
                },
                {
                  path: 'my-mock-interviews/:id',
                  lazy: () =>
                    screen(import('./features/mock-interviews/MyMockInterview.tsx'), 'MyMockInterview'),
                },
                {
                  path: 'my-applications/:id',
                  lazy: () => screen(import('./features/applications/MyApplication.tsx'), 'MyApplication'),
                },
                {
                  path: 'practice/questions',
                  lazy: () =>
                    screen(import('./features/practice/bank/SeekerQuestions.tsx'), 'SeekerQuestions'),
                },
                {
                  path: 'practice/questions/:id',
                  lazy: () => screen(import('./features/practice/bank/QuestionPage.tsx'), 'QuestionPage'),
                },
                {
                  path: 'practice/answers',
                  lazy: () => screen(import('./features/practice/bank/MyAnswers.tsx'), 'MyAnswers'),
                },
                {
                  path: 'practice/stories',
                  lazy: () => screen(import('./features/practice/bank/StoryBank.tsx'), 'StoryBank'),
                },
                {
                  path: 'practice/group',
                  lazy: () => screen(import('./features/group-practice/GroupPrep.tsx'), 'GroupPrep'),
                },
                {
                  path: 'practice/group/:id',
                  lazy: () => screen(import('./features/group-practice/MyGroupRun.tsx'), 'MyGroupRun'),
                },
                {
                  path: 'my-insight',
                  lazy: () => screen(import('./features/insights/MyInsight.tsx'), 'MyInsight'),
                },
                {
                  path: 'my-insight/fields/:field',
                  lazy: () =>
                    screen(import('./features/insights/FieldInsightPage.tsx'), 'SeekerFieldInsight'),
                },
                {
                  path: 'my-insight/companies/:id',
                  lazy: () =>
                    screen(import('./features/insights/CompanyInsightPage.tsx'), 'SeekerCompanyInsight'),
                },
                {
                  element: <RequireRole roles={['recruiter', 'admin']} />,
                  children: [
                    { path: 'my-day', lazy: () => screen(import('./features/tasks/MyDay.tsx'), 'MyDay') },
                    { path: 'blog', lazy: () => screen(import('./features/blog/PostList.tsx'), 'PostList') },
                    {
                      path: 'blog/:id',
                      lazy: () => screen(import('./features/blog/PostEditor.tsx'), 'PostEditor'),
                    },
                    {
                      path: 'availability',
                      lazy: () => screen(import('./features/calendars/MyAvailability.tsx'), 'MyAvailability'),
                    },
                    {
                      path: 'companies',
                      lazy: () => screen(import('./features/companies/CompanyList.tsx'), 'CompanyList'),
                    },
                    {
                      path: 'comments',
                      lazy: () => screen(import('./features/comments/CommentQueue.tsx'), 'CommentQueue'),
                    },
                    {
                      path: 'leads',
                      lazy: () => screen(import('./features/leads/LeadList.tsx'), 'LeadList'),
                    },
                    {
                      path: 'leads/:id',
                      lazy: () => screen(import('./features/leads/LeadPage.tsx'), 'LeadPage'),
                    },
                    {
                      path: 'companies/new',
                      lazy: () => screen(import('./features/companies/CompanyPages.tsx'), 'NewCompany'),
                    },
                    {
                      path: 'companies/:id',
                      lazy: () => screen(import('./features/companies/CompanyPages.tsx'), 'EditCompany'),
                    },
                    {
                      path: 'companies/:id/insight',
                      lazy: () =>
                        screen(import('./features/insights/CompanyInsightPage.tsx'), 'StaffCompanyInsight'),
                    },
                    {
                      path: 'insights',
                      lazy: () => screen(import('./features/insights/InsightFields.tsx'), 'InsightFields'),
                    },
                    {
                      path: 'insights/fields/:field',
                      lazy: () =>
                        screen(import('./features/insights/FieldInsightPage.tsx'), 'StaffFieldInsight'),
                    },
                    {
                      path: 'candidates',
                      lazy: () => screen(import('./features/candidates/CandidateList.tsx'), 'CandidateList'),
                    },
                    {
                      path: 'import',
                      lazy: () => screen(import('./features/imports/ImportWizard.tsx'), 'ImportWizard'),
                    },
                    {
                      path: 'candidates/new',
                      lazy: () => screen(import('./features/candidates/CandidatePages.tsx'), 'NewCandidate'),
                    },
                    {
                      path: 'candidates/:id',
                      lazy: () => screen(import('./features/candidates/CandidatePages.tsx'), 'CandidatePage'),
                    },
                    {
                      path: 'candidates/:id/merge/:otherId',
                      lazy: () =>
                        screen(import('./features/candidates/MergeCandidates.tsx'), 'MergeCandidates'),
                    },
                    {
                      path: 'candidates/:id/mock-interviews/new',
                      lazy: () =>
                        screen(import('./features/mock-interviews/NewMockInterview.tsx'), 'NewMockInterview'),
                    },
                    {
                      path: 'mock-interviews/:id',
                      lazy: () =>
                        screen(
                          import('./features/mock-interviews/MockInterviewPage.tsx'),
                          'MockInterviewPage',
                        ),
                    },
                    {
                      path: 'candidates/:id/edit',
                      lazy: () => screen(import('./features/candidates/CandidatePages.tsx'), 'EditCandidate'),
                    },
                    {
                      path: 'openings',
                      lazy: () => screen(import('./features/openings/OpeningList.tsx'), 'OpeningList'),
                    },
                    {
                      path: 'openings/new',
                      lazy: () => screen(import('./features/openings/OpeningPages.tsx'), 'NewOpening'),
                    },
                    {
                      path: 'openings/:id',
                      lazy: () => screen(import('./features/openings/OpeningPages.tsx'), 'EditOpening'),
                    },
                    {
                      path: 'openings/:id/pipeline',
                      lazy: () => screen(import('./features/pipeline/BoardPages.tsx'), 'OpeningPipeline'),
                    },
                    {
                      path: 'pipeline',
                      lazy: () => screen(import('./features/pipeline/BoardPages.tsx'), 'PipelineBoard'),
                    },
                    {
                      path: 'reports',
                      lazy: () => screen(import('./features/reports/ReportsPage.tsx'), 'ReportsPage'),
                    },
                    {
                      path: 'writing',
                      lazy: () => screen(import('./features/writing/Submissions.tsx'), 'Submissions'),
                    },
                    {
                      path: 'writing/:id',
                      lazy: () => screen(import('./features/writing/Submissions.tsx'), 'Submission'),
                    },
                    {
                      path: 'questions',
                      lazy: () =>
                        screen(import('./features/practice/staff/QuestionBank.tsx'), 'QuestionBank'),
                    },
                    {
                      path: 'group-runs',
                      lazy: () =>
                        screen(import('./features/group-practice/StaffGroupRuns.tsx'), 'StaffGroupRuns'),
                    },
                    {
                      path: 'group-runs/:id',
                      lazy: () =>
                        screen(import('./features/group-practice/StaffGroupRun.tsx'), 'StaffGroupRun'),
                    },
                    {
                      path: 'pipeline/list',
                      lazy: () =>
                        screen(import('./features/pipeline/ApplicationList.tsx'), 'ApplicationList'),
                    },
                    {
                      path: 'applications/:id',
                      lazy: () =>
                        screen(import('./features/pipeline/ApplicationPage.tsx'), 'ApplicationPage'),
                    },
                  ],
                },
                {
                  element: <RequireRole roles={['admin']} />,
                  children: [
                    { path: 'users', lazy: () => screen(import('./features/admin/Users.tsx'), 'Users') },
                    { path: 'outbox', lazy: () => screen(import('./features/admin/Outbox.tsx'), 'Outbox') },
                    {
                      path: 'settings/pipeline',
                      lazy: () =>
                        screen(import('./features/settings/PipelineSettings.tsx'), 'PipelineSettings'),
                    },
                  ],
                },
              ],
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ],
  { basename: '/app' },
);
