/** The departments of Acme Corp: relative size and the titles people hold in them. */

export type Department =
  'Engineering' | 'Product' | 'Design' | 'Marketing' | 'Sales' | 'Customer Success' | 'Finance' | 'People' | 'IT' | 'Legal' | 'Operations';

export interface DepartmentSpec {
  name: Department;
  /** Relative headcount. */
  weight: number;
  headTitle: string;
  /** Title of a manager of managers. */
  directorTitle: string;
  /** Title of a first-line manager. */
  managerTitle: string;
  icTitles: readonly string[];
}

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Engineering',
    weight: 30,
    headTitle: 'VP of Engineering',
    directorTitle: 'Director of Engineering',
    managerTitle: 'Engineering Manager',
    icTitles: [
      'Software Engineer',
      'Senior Software Engineer',
      'Staff Engineer',
      'Site Reliability Engineer',
      'QA Engineer',
      'Data Engineer',
    ],
  },
  {
    name: 'Product',
    weight: 6,
    headTitle: 'VP of Product',
    directorTitle: 'Director of Product',
    managerTitle: 'Group Product Manager',
    icTitles: ['Product Manager', 'Senior Product Manager', 'Product Analyst'],
  },
  {
    name: 'Design',
    weight: 4,
    headTitle: 'Head of Design',
    directorTitle: 'Design Director',
    managerTitle: 'Design Manager',
    icTitles: ['Product Designer', 'Senior Product Designer', 'UX Researcher', 'Brand Designer'],
  },
  {
    name: 'Marketing',
    weight: 8,
    headTitle: 'VP of Marketing',
    directorTitle: 'Director of Marketing',
    managerTitle: 'Marketing Manager',
    icTitles: ['Content Marketer', 'Product Marketing Manager', 'SEO Specialist', 'Demand Generation Manager', 'Copywriter'],
  },
  {
    name: 'Sales',
    weight: 15,
    headTitle: 'VP of Sales',
    directorTitle: 'Regional Sales Director',
    managerTitle: 'Sales Manager',
    icTitles: ['Account Executive', 'Senior Account Executive', 'Sales Development Representative', 'Solutions Engineer'],
  },
  {
    name: 'Customer Success',
    weight: 10,
    headTitle: 'VP of Customer Success',
    directorTitle: 'Director of Customer Success',
    managerTitle: 'Customer Success Manager Lead',
    icTitles: ['Customer Success Manager', 'Support Engineer', 'Implementation Specialist'],
  },
  {
    name: 'Finance',
    weight: 5,
    headTitle: 'Chief Financial Officer',
    directorTitle: 'Finance Director',
    managerTitle: 'Controller',
    icTitles: ['Accountant', 'Financial Analyst', 'Payroll Specialist', 'Procurement Specialist'],
  },
  {
    name: 'People',
    weight: 4,
    headTitle: 'Head of People',
    directorTitle: 'Director of People Operations',
    managerTitle: 'People Partner Lead',
    icTitles: ['People Partner', 'Recruiter', 'People Operations Specialist'],
  },
  {
    name: 'IT',
    weight: 4,
    headTitle: 'Head of IT',
    directorTitle: 'Director of IT',
    managerTitle: 'IT Manager',
    icTitles: ['IT Support Specialist', 'Systems Administrator', 'Security Engineer', 'Identity Engineer'],
  },
  {
    name: 'Legal',
    weight: 2,
    headTitle: 'General Counsel',
    directorTitle: 'Deputy General Counsel',
    managerTitle: 'Legal Manager',
    icTitles: ['Corporate Counsel', 'Paralegal', 'Privacy Counsel'],
  },
  {
    name: 'Operations',
    weight: 12,
    headTitle: 'Chief Operating Officer',
    directorTitle: 'Director of Operations',
    managerTitle: 'Operations Manager',
    icTitles: ['Operations Analyst', 'Business Operations Specialist', 'Office Manager', 'Revenue Operations Analyst'],
  },
];

export const CEO_DEPARTMENT: Department = 'Operations';
export const CEO_TITLE = 'Chief Executive Officer';
