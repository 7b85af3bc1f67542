import { table } from '../helpers/reader-table.js';
import { ownMarketing } from '../../src/rules/contract-necessity.js';

/**
 * W8's readings of session 21 (#12, recall on free text), each with the lawful wordings that share its words (nb, nn, en)
 * and must not read.
 */

table(
  'offers of courses and other services sent to the person on the contract basis (contract-necessity ownMarketing)',
  (t) => ownMarketing(t),
  [
    ['en', 'invoice and receive payment for the training, and send customers offers on further licence classes and courses'],
    ['nb', 'Fakturere foreldrebetaling og sende foreldrene tilbud om kulturskole, svømmekurs og SFO sammen med fakturaen'],
    ['nn', 'sende elevane tilbod om fleire kurs og førarkortklassar på e-post'],
    ['en', 'send parents offers of holiday camps and swimming courses by e-mail'],
    ['nb', 'sende kundene tilbud på nye kurs per SMS'],
    ['nn', 'sende foreldra tilbod om symjekurs og kulturskule saman med rekninga'],
    ['en', 'send learners offers on motorcycle courses by SMS'],
  ],
  [
    ['nb', 'sende foreldrene tilbud om plass i SFO etter søknad'],
    ['nb', 'sende foreldrene tilbud om barnehageplass'],
    ['en', "send customers offers in the contract's price list"],
    ['en', 'send the learner an offer of a course date they asked for'],
    ['nn', 'sende deltakarane tilbod om eit oppfølgingskurs som inngår i kursavgifta'],
    ['en', 'send customers confirmation of the classes they have booked'],
    ['nb', 'sende foreldrene faktura for SFO og kulturskole som barnet er påmeldt'],
    ['nb', 'Vi sender ikke foreldrene tilbud om kulturskole eller SFO'],
    ['en', 'give the pupils swimming lessons and a course in road safety as part of the programme'],
    ['nn', 'sende elevane tilbod om nytt kurs når kurset dei er påmelde blir avlyst'],
    ['en', 'send customers an offer to transfer the course to a later date'],
    ['en', 'send learners the course offer they requested by e-mail'],
    ['nb', 'gi barna tilbud om svømmeopplæring i barnehagetiden'],
  ],
);
