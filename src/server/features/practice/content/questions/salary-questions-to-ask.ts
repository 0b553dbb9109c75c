import type { SeedQuestion } from '../../../../../shared/practice.ts';

// General questions for any field: salary and notice, and questions to ask the interviewer.

export const SALARY_QUESTIONS_TO_ASK: readonly SeedQuestion[] = [
  // Salary and notice
  {
    key: 'g-sal-salary-expectations',
    text: 'What are your salary expectations?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'Whether your expectations fit their budget, and whether you know your market value.',
    guide:
      'Research the going rate for similar roles in your area beforehand, and if you are working with a recruiter, agree a figure with them first. Give a realistic range with the bottom end being a figure you would accept, and say it confidently. You can add that you are open to discussing the full package. Avoid naming a number far below the market out of nerves, as it is hard to raise later.',
  },
  {
    key: 'g-sal-current-salary',
    text: 'What are you earning at the moment?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'A benchmark for an offer. Some places restrict employers from asking this, but many interviewers still do.',
    guide:
      'You can choose to answer or to redirect politely, for example by saying you would prefer to focus on the value of this role and giving your expected range. If you do share it, be accurate and include the whole package, such as bonuses, overtime or allowances. Never inflate it; it can be checked and would damage trust. If your current pay is low for the market, explain that you are looking for a salary in line with the role.',
  },
  {
    key: 'g-sal-notice-period',
    text: 'What is your notice period?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'When you could realistically start, and whether you respect your commitments to your current employer.',
    guide:
      'Check your contract before the interview and state the notice period clearly. If it is long, mention whether there is any room to negotiate an earlier release. Show that you intend to leave properly and hand over well. Avoid promising to walk out without serving notice; it makes employers wonder if you would do the same to them.',
  },
  {
    key: 'g-sal-start-date',
    text: 'When could you start?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'A realistic start date, and whether there are commitments they need to plan around.',
    guide:
      'Give an honest date based on your notice period and any pre-planned commitments, such as a booked holiday or a course. If you are available immediately, say so simply. Mention any checks or paperwork you know may take time, such as references or permits. Do not overpromise an early date you cannot meet.',
  },
  {
    key: 'g-sal-counter-offer',
    text: 'What would you do if your current employer made you a counter-offer?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'Whether you are serious about moving or using them for leverage. An accepted offer that is then withdrawn costs the employer time and money.',
    guide:
      'Show that your reasons for moving go beyond pay, and name them. Say that you have thought about the possibility and that you would not accept this role unless you were committed to it. Be honest: if a counter-offer would genuinely tempt you, address the underlying issue before you reach offer stage. Avoid sounding as if you are running an auction.',
  },
  {
    key: 'g-sal-package-priorities',
    text: 'Apart from salary, which parts of the package matter most to you?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'What you value and where there may be room to agree terms that work for both sides.',
    guide:
      'Think beforehand about what matters: flexibility, holidays, pension or retirement contributions, training, health cover, travel costs or hours. Name two or three, briefly explaining why. This shows you have thought about the whole offer, not just the headline number. Keep it as a conversation rather than a list of demands.',
  },
  {
    key: 'g-sal-budget-below-expectations',
    text: 'The budget for this role is lower than what you asked for. Would you still be interested?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'How flexible you are, how much you really want the role, and whether you can negotiate calmly.',
    guide:
      'Do not answer yes or no on the spot if you are unsure; ask what the range is and what else is in the package. Explore other levers, such as a salary review after a set period, a higher starting point within the band, extra leave or training. Decide your true minimum before the interview so you can answer honestly. If you are working with a recruiter, it is fine to say you would like to discuss it with them.',
  },
  {
    key: 'g-sal-contract-or-permanent',
    text: 'Would you consider a contract or temporary role rather than a permanent one?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Your flexibility and what kind of arrangement suits you, so they can match you with the right opening.',
    guide:
      'Be honest about your preference and the reasons for it, such as needing stability or wanting variety. If you are open to contract work, mention any relevant experience of starting quickly and delivering in a fixed time. Ask sensible questions about length, extension and the chance of a permanent role. Understand the difference in pay and benefits before agreeing.',
  },
  {
    key: 'g-sal-flexible-on-hours',
    text: 'Are you flexible on hours, shifts or travel?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'Whether your availability matches the needs of the role, and whether there are limits they need to know about now.',
    guide:
      "Know the role's pattern before the interview, then be clear about what you can do and any firm limits, such as childcare times or religious observance. Offer practical solutions where you can. It is better to be honest now than to accept a job you cannot sustain. Avoid saying you are fully flexible if you are not.",
  },
  {
    key: 'g-sal-other-offers-timescale',
    text: 'Do you have any other offers, and what timescale are you working to?',
    category: 'salary-notice',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'How quickly they need to move and how competitive the situation is.',
    guide:
      'Be truthful: if you have an offer or a deadline, say so without naming the employer, and say that this role is your preference if it is. If you have no offers yet, simply say you are at interview stage elsewhere, or that this is your focus. Never invent offers to create pressure; it can easily backfire. Give a realistic idea of when you need to decide.',
  },

  // Questions to ask the interviewer
  {
    key: 'g-ask-typical-day',
    text: 'What does a typical day or week look like in this role?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'Asking this signals that you are picturing yourself doing the job and want a realistic view, not just the advert version.',
    guide:
      'Ask it early in your questions, especially if the job description was vague. Listen for how time is split between tasks, how busy it gets, and anything that was not in the advert. If the interviewer struggles to answer, it may mean the role is new or not well defined, which is worth a follow-up question. Use what you hear to mention a relevant example of your own briefly.',
  },
  {
    key: 'g-ask-success-first-months',
    text: 'What would success look like in this role after the first three to six months?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'It signals that you are focused on results and on getting up to speed quickly, and it shows you think like someone already in the job.',
    guide:
      'This works with the hiring manager in particular. Listen for concrete expectations, such as targets, tasks to own alone or relationships to build, and whether they seem realistic. Vague answers may mean unclear expectations later. If the answer fits your strengths, briefly say how you would approach it.',
  },
  {
    key: 'g-ask-biggest-challenge',
    text: 'What is the biggest challenge facing the team right now?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals that you want to understand and help with real problems, and that you are not put off by difficulty.',
    guide:
      'Ask this once rapport is established, usually in the middle of your questions. Listen for whether the challenge is about workload, people, systems or change, and how openly they talk about it. If you have relevant experience, mention it in a sentence, but do not turn it into a sales pitch. Frequent mentions of turnover or constant firefighting are worth noting.',
  },
  {
    key: 'g-ask-why-position-open',
    text: 'Why is this position open?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals that you are thinking carefully about the move and want to understand the context you would be walking into.',
    guide:
      'Ask it in a neutral, curious tone, perhaps as "Is this a new role, or are you replacing someone?". Listen for growth, promotion of the previous person or a normal move on, which are good signs. Vague or uncomfortable answers, or hints that several people have left quickly, deserve a gentle follow-up. Do not press too hard; you can also ask your recruiter privately.',
  },
  {
    key: 'g-ask-about-the-team',
    text: 'Can you tell me about the team I would be working with?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor:
      'It signals that you care about working well with others and are thinking about how you would fit in.',
    guide:
      'Ask it at any point in your questions; it works well as an opener. Listen for the team size, mix of experience, how long people have been there and how they work together. Warm, specific answers are a good sign; awkward pauses may not be. You can follow up by asking who you would work with most closely.',
  },
  {
    key: 'g-ask-management-style',
    text: 'How would you describe the way you like to manage and support your team?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals self-awareness about how you work best and a wish to build a good working relationship from the start.',
    guide:
      'Ask this only when you are speaking to your future manager, and phrase it with genuine curiosity rather than as a test. Listen for how often they check in, how they give feedback and how much independence they give. Compare it with what you know gets the best out of you. Examples in their answer are more reliable than general statements.',
  },
  {
    key: 'g-ask-training-and-support',
    text: 'What training or support is there for someone new in this role?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'It signals that you want to get up to speed properly and take learning seriously.',
    guide:
      'Ask it after discussing the role itself, so it does not sound like your first concern. Listen for a structured induction, a named person to help you, and ongoing training. If the answer is "you learn on the job", ask how that works in practice. This is especially worth asking if you are changing fields or returning to work.',
  },
  {
    key: 'g-ask-where-people-go-next',
    text: 'Where have people who did well in this role gone next?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'It signals ambition and a long-term view, and that you plan to do well in the role first.',
    guide:
      'Ask it later in your questions, after you have shown interest in the job itself. Listen for real examples of progression inside the employer, which are better than general promises. If nobody has moved on, it may be a stable role with little growth, which may or may not suit you. Avoid sounding as if you want to leave the role quickly.',
  },
  {
    key: 'g-ask-next-steps',
    text: 'What are the next steps in the process, and when can I expect to hear back?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'easy',
    lookingFor: 'It signals that you are organised, interested and respectful of their process.',
    guide:
      'Ask this last, as you wrap up. Listen for the number of stages, any tests, who decides and the timescale, and note them so you can follow up at the right time. If you have other deadlines, this is a good moment to mention them politely. Thank them for their time after the answer.',
  },
  {
    key: 'g-ask-any-reservations',
    text: 'Is there anything about my background that makes you hesitant about me for this role?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'hard',
    lookingFor: 'It signals confidence, openness to feedback and a willingness to address concerns directly.',
    guide:
      'Ask it near the end, in a calm and friendly tone, and only if you are ready to respond without getting defensive. Listen carefully, thank them, and answer any concern briefly with evidence. If they say there is nothing, that is fine; do not push. Some interviewers are not allowed to give feedback during the process, so accept that gracefully.',
  },
  {
    key: 'g-ask-what-you-enjoy-here',
    text: 'What do you enjoy most about working here?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals interest in the culture and in the interviewer as a person, and it often builds rapport.',
    guide:
      'Ask it once the formal part is done, often as a lighter question near the end. Listen for specific, enthusiastic answers about people, purpose or how they are treated. Long pauses or answers only about pay can tell you something too. Share briefly what appeals to you about the same thing if it fits.',
  },
  {
    key: 'g-ask-how-performance-measured',
    text: 'How is performance measured and reviewed in this role?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor: 'It signals that you care about doing well and want to understand expectations clearly.',
    guide:
      'Ask it when discussing the role, especially in jobs with targets. Listen for what is measured, how often reviews happen and whether feedback is ongoing or once a year. Ask a follow-up about how people are supported if they fall behind. Unclear answers may mean you would need to agree your own goals early.',
  },
  {
    key: 'g-ask-flexibility-in-practice',
    text: 'How does the team handle flexibility in practice, such as remote days, shift swaps or family commitments?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'medium',
    lookingFor:
      'It signals that you plan to make the job work for the long term, and that you are thinking practically.',
    guide:
      'Ask it after you have shown strong interest in the work, so it does not look like your main priority. Phrase it around how the team works rather than your own needs at first. Listen for real examples of flexibility being used, not just policy. If you have a firm need, it is usually better to raise it with your recruiter or at offer stage.',
  },
  {
    key: 'g-ask-recent-changes',
    text: 'What has changed most here over the past year, and how has the team handled it?',
    category: 'questions-to-ask',
    fields: [],
    difficulty: 'hard',
    lookingFor:
      'It signals that you think beyond the job description and want to understand the wider situation you would be joining.',
    guide:
      'Ask it in the middle or later part of your questions, with genuine curiosity. Listen for openness about the change, how staff were involved and how morale is now. Honest answers that admit difficulty are usually a good sign. If you have handled similar change, mention it briefly.',
  },
];
